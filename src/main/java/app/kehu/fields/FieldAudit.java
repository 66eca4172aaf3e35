package app.kehu.fields;

import app.kehu.audit.AuditAction;
import app.kehu.audit.AuditEvent.Actor;
import app.kehu.audit.AuditService;
import app.kehu.audit.FieldChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Audits changes of field and section definitions, in the caller's transaction: who, which field, and each
 * property before and after (labels, type, section, order, flags, default, rules, options).
 */
@Component
class FieldAudit {

    static final String FIELD = "Field";
    static final String SECTION = "Section";

    private final AuditService audit;

    FieldAudit(AuditService audit) {
        this.audit = audit;
    }

    void fieldCreated(Actor actor, FieldDefinition field) {
        audit.recordAs(actor, AuditAction.CREATE, FIELD, field.key(), summary(field.label()),
                changes(Map.of(), properties(field)));
    }

    /** Records the change if anything changed; a save without changes leaves no entry. */
    void fieldChanged(Actor actor, FieldDefinition before, FieldDefinition after) {
        List<FieldChange> changes = changes(properties(before), properties(after));
        if (!changes.isEmpty()) {
            audit.recordAs(actor, AuditAction.UPDATE, FIELD, after.key(), summary(after.label()), changes);
        }
    }

    void sectionCreated(Actor actor, Section section) {
        audit.recordAs(actor, AuditAction.CREATE, SECTION, section.key(), summary(section.label()),
                changes(Map.of(), properties(section)));
    }

    void sectionChanged(Actor actor, Section before, Section after) {
        List<FieldChange> changes = changes(properties(before), properties(after));
        if (!changes.isEmpty()) {
            audit.recordAs(actor, AuditAction.UPDATE, SECTION, after.key(), summary(after.label()), changes);
        }
    }

    private static String summary(LocalizedText label) {
        return label.zh() + " / " + label.en();
    }

    private static Map<String, String> properties(FieldDefinition field) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("key", field.key());
        p.put("type", field.type().name());
        p.put("section", field.section());
        p.put("order", String.valueOf(field.position()));
        p.put("labelZh", field.label().zh());
        p.put("labelEn", field.label().en());
        p.put("helpZh", field.help().zh());
        p.put("helpEn", field.help().en());
        p.put("required", String.valueOf(field.required()));
        p.put("unique", String.valueOf(field.unique()));
        p.put("defaultValue", FieldValues.toText(field.defaultValue()));
        p.put("min", FieldValues.toText(field.rules().min()));
        p.put("max", FieldValues.toText(field.rules().max()));
        p.put("minLength", text(field.rules().minLength()));
        p.put("maxLength", text(field.rules().maxLength()));
        p.put("pattern", field.rules().pattern());
        p.put("options", field.options().isEmpty() ? null
                : field.options().stream().map(SelectOption::describe).collect(Collectors.joining("; ")));
        p.put("filterable", String.valueOf(field.filterable()));
        p.put("archived", String.valueOf(field.archived()));
        return p;
    }

    private static Map<String, String> properties(Section section) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("key", section.key());
        p.put("labelZh", section.label().zh());
        p.put("labelEn", section.label().en());
        p.put("order", String.valueOf(section.position()));
        return p;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static List<FieldChange> changes(Map<String, String> before, Map<String, String> after) {
        List<FieldChange> changes = new ArrayList<>();
        after.forEach((property, now) -> {
            String old = before.get(property);
            if (FieldChange.differ(old, now)) {
                changes.add(new FieldChange(property, old, now));
            }
        });
        return changes;
    }
}
