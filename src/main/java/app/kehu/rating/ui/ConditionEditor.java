package app.kehu.rating.ui;

import app.kehu.rating.Operand;
import app.kehu.rating.Operator;
import app.kehu.rating.RuleCondition;
import app.kehu.rating.RuleNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.util.List;
import java.util.stream.Stream;

/**
 * One condition: what it tests, how, against which values, and the points it gives. Changing the operand offers
 * that type's operators; changing either rebuilds the value inputs, keeping the values while they still fit.
 */
final class ConditionEditor extends Composite<Div> implements NodeEditor {

    private final Operands operands;
    private final Runnable onChange;
    private final ComboBox<Operand> operand = new ComboBox<>();
    private final Select<Operator> operator = new Select<>();
    private final BigDecimalField points = new BigDecimalField();
    private final Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());
    private final Span archived = new Span();
    private final Div valuesHolder = new Div();
    private final ProblemLine problems = new ProblemLine();
    private ConditionValues values;
    private String path;
    /** A condition on a field that no longer exists keeps its key, so that checking can name it. */
    private String missingOperand;

    ConditionEditor(Operands operands, RuleCondition condition, String path, Runnable onRemove, Runnable onChange) {
        this.operands = operands;
        this.onChange = onChange;
        this.path = path;
        getContent().addClassNames("rating-node", "rating-condition");

        operand.setLabel(getTranslation("rating.condition.operand"));
        operand.setItems(operands.offered());
        operand.setItemLabelGenerator(o -> Operands.label(o, getLocale(), getTranslation("rating.archived")));
        operand.setPlaceholder(getTranslation("rating.condition.operand-placeholder"));
        operand.setWidth("16em");
        operator.setLabel(getTranslation("rating.condition.operator"));
        operator.setItemLabelGenerator(o -> getTranslation("rating.operator." + o.name()));
        operator.setWidth("12em");
        points.setLabel(getTranslation("rating.points"));
        points.setWidth("7em");
        points.addClassName("rating-points");
        points.setValue(condition.points());
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        remove.setAriaLabel(getTranslation("rating.condition.remove"));
        remove.setTooltipText(getTranslation("rating.condition.remove"));
        remove.addClickListener(click -> onRemove.run());
        archived.addClassName("rating-archived-flag");

        Operand tested = operands.find(condition.operand()).orElse(null);
        if (tested == null && condition.operand() != null && !condition.operand().isBlank()) {
            missingOperand = condition.operand();
        }
        if (tested != null && tested.archived()) {
            operand.setItems(withArchived(tested));
        }
        operand.setValue(tested);
        offerOperators(tested, condition.operator());
        rebuildValues(condition.values());
        flagArchived();

        operand.addValueChangeListener(change -> {
            missingOperand = null;
            offerOperators(change.getValue(), operator.getValue());
            rebuildValues(List.of());
            flagArchived();
            onChange.run();
        });
        operator.addValueChangeListener(change -> {
            List<String> kept = values.values();
            Operator before = change.getOldValue();
            boolean sameShape = before != null && change.getValue() != null
                    && before.arity() == change.getValue().arity() && daysBased(before) == daysBased(change.getValue());
            rebuildValues(sameShape ? kept : List.of());
            onChange.run();
        });
        points.addValueChangeListener(change -> onChange.run());

        FlexLayout row = new FlexLayout(operand, operator, valuesHolder, points, remove);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.addClassName("rating-condition-row");
        getContent().add(row, archived, problems);
    }

    private List<Operand> withArchived(Operand archivedOperand) {
        return Stream.concat(operands.offered().stream(), Stream.of(archivedOperand)).toList();
    }

    private void offerOperators(Operand tested, Operator wanted) {
        List<Operator> offered = tested == null ? List.of() : tested.operators();
        operator.setItems(offered);
        operator.setEnabled(tested != null);
        boolean keep = wanted != null && offered.contains(wanted);
        operator.setValue(keep ? wanted : offered.isEmpty() ? null : offered.getFirst());
    }

    private void rebuildValues(List<String> kept) {
        values = new ConditionValues(operand.getValue(), operator.getValue(), kept, onChange);
        values.setReadOnly(operand.isReadOnly());
        valuesHolder.removeAll();
        valuesHolder.add(values);
    }

    private void flagArchived() {
        Operand tested = operand.getValue();
        if (missingOperand != null) {
            archived.setText(getTranslation("rating.condition.deleted-field", missingOperand));
        } else if (tested != null && tested.archived()) {
            archived.setText(getTranslation("rating.condition.archived-field", tested.label().in(getLocale())));
        }
        archived.setVisible(missingOperand != null || tested != null && tested.archived());
    }

    private static boolean daysBased(Operator operator) {
        return operator == Operator.WITHIN_LAST_DAYS || operator == Operator.MORE_THAN_DAYS_AGO;
    }

    @Override
    public RuleNode value() {
        String key = operand.getValue() != null ? operand.getValue().key()
                : missingOperand == null ? "" : missingOperand;
        return new RuleCondition(key, operator.getValue(), values.values(), points.getValue());
    }

    @Override
    public void showProblems(Problems found) {
        problems.show(found.at(path), getContent());
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        operand.setReadOnly(readOnly);
        operator.setReadOnly(readOnly);
        points.setReadOnly(readOnly);
        values.setReadOnly(readOnly);
        remove.setVisible(!readOnly);
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public void setPath(String path) {
        this.path = path;
    }

    ComboBox<Operand> operand() {
        return operand;
    }

    Select<Operator> operator() {
        return operator;
    }

    ConditionValues values() {
        return values;
    }

    BigDecimalField points() {
        return points;
    }

    Span archivedFlag() {
        return archived;
    }

    ProblemLine problemLine() {
        return problems;
    }
}
