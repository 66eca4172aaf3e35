package app.kehu.rating;

import app.kehu.fields.FieldDefinition;
import app.kehu.fields.FieldSet;
import app.kehu.fields.FieldType;
import app.kehu.fields.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What conditions may test in one tenant's field set: every field (archived ones too, so that older versions
 * keep evaluating and the editor can flag them) except the grade's own, plus the derived operands.
 */
final class RuleOperands {

    static final String LAST_CONTACT = "lastContactAt";
    /** The rating's own output is no input to it. */
    private static final Set<String> OWN_FIELDS = Set.of("grade", "gradeScore");

    private final FieldSet fields;

    RuleOperands(FieldSet fields) {
        this.fields = fields;
    }

    List<Operand> all() {
        List<Operand> operands = new ArrayList<>();
        for (FieldDefinition field : fields.all()) {
            if (!OWN_FIELDS.contains(field.key())) {
                operands.add(fieldOperand(field));
            }
        }
        fields.findIncludingArchived(LAST_CONTACT).map(RuleOperands::daysSinceContact).ifPresent(operands::add);
        return operands;
    }

    /** The operand of this key, looked up directly rather than by listing them all: conditions ask one by one. */
    Optional<Operand> operand(String key) {
        if (Operand.DAYS_SINCE_LAST_CONTACT.equals(key)) {
            return fields.findIncludingArchived(LAST_CONTACT).map(RuleOperands::daysSinceContact);
        }
        if (key == null || OWN_FIELDS.contains(key)) {
            return Optional.empty();
        }
        return fields.findIncludingArchived(key).map(RuleOperands::fieldOperand);
    }

    private static Operand fieldOperand(FieldDefinition field) {
        return new Operand(field.key(), field.label(), field.type(), field.options(), field.archived());
    }

    private static Operand daysSinceContact(FieldDefinition contact) {
        return new Operand(Operand.DAYS_SINCE_LAST_CONTACT, LocalizedText.of("距最后联系天数", "Days since last contact"),
                FieldType.INTEGER, List.of(), contact.archived());
    }

    /** The column an operand reads, archived fields included; empty for a key no field has (any more). */
    Optional<OperandColumn> column(String key) {
        if (Operand.DAYS_SINCE_LAST_CONTACT.equals(key)) {
            return fields.findIncludingArchived(LAST_CONTACT)
                    .map(f -> new OperandColumn(key, f.column(), FieldType.INTEGER, f.key()));
        }
        if (key == null || OWN_FIELDS.contains(key)) {
            return Optional.empty();
        }
        return fields.findIncludingArchived(key).map(f -> new OperandColumn(key, f.column(), f.type(), f.key()));
    }

    /** Every column a rule set may read, for loading a customer's values for the Java evaluator. */
    List<OperandColumn> readableColumns() {
        return fields.all().stream().filter(f -> !OWN_FIELDS.contains(f.key()))
                .map(f -> new OperandColumn(f.key(), f.column(), f.type(), f.key())).toList();
    }
}
