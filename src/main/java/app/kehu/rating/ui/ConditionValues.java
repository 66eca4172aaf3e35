package app.kehu.rating.ui;

import app.kehu.fields.FieldType;
import app.kehu.fields.SelectOption;
import app.kehu.rating.Operand;
import app.kehu.rating.Operator;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The value inputs a condition needs for its operand's type and its operator's arity, exchanging the canonical
 * text the rules store: plain decimals, ISO dates, day counts, option values.
 */
class ConditionValues extends Composite<HorizontalLayout> {

    private final List<HasValue<?, ?>> inputs = new ArrayList<>();
    private Supplier<List<String>> reader = List::of;

    ConditionValues(Operand operand, Operator operator, List<String> values, Runnable onChange) {
        getContent().setPadding(false);
        getContent().setSpacing(true);
        getContent().setAlignItems(HorizontalLayout.Alignment.BASELINE);
        getContent().addClassName("rating-condition-values");
        if (operand != null && operator != null && operator.arity() != 0) {
            build(operand, operator, values);
        }
        inputs.forEach(input -> input.addValueChangeListener(change -> onChange.run()));
    }

    List<String> values() {
        return reader.get();
    }

    List<HasValue<?, ?>> inputs() {
        return inputs;
    }

    void setReadOnly(boolean readOnly) {
        inputs.forEach(input -> input.setReadOnly(readOnly));
    }

    private void build(Operand operand, Operator operator, List<String> values) {
        if (operator.arity() < 0) {
            choices(operand, values);
        } else if (operator == Operator.WITHIN_LAST_DAYS || operator == Operator.MORE_THAN_DAYS_AGO) {
            days(values);
        } else if (operand.type() == FieldType.DATE || operand.type() == FieldType.DATETIME) {
            date(values);
        } else if (operand.type().isNumeric()) {
            numbers(operator.arity(), values);
        } else {
            TextField text = add(new TextField(), "rating.condition.value");
            text.setValue(first(values, 0));
            reader = () -> text.getValue().isBlank() ? List.of() : List.of(text.getValue().trim());
        }
    }

    private void numbers(int arity, List<String> values) {
        List<BigDecimalField> fields = new ArrayList<>();
        for (int i = 0; i < arity; i++) {
            BigDecimalField number = add(new BigDecimalField(),
                    arity == 2 ? (i == 0 ? "rating.condition.from" : "rating.condition.to") : "rating.condition.value");
            String value = first(values, i);
            number.setValue(value.isEmpty() ? null : new BigDecimal(value));
            fields.add(number);
        }
        reader = () -> fields.stream().map(BigDecimalField::getValue)
                .map(value -> value == null ? "" : value.stripTrailingZeros().toPlainString()).toList();
    }

    private void days(List<String> values) {
        IntegerField days = add(new IntegerField(), "rating.condition.days");
        days.setMin(0);
        days.setSuffixComponent(new Span(getTranslation("rating.condition.days-suffix")));
        String value = first(values, 0);
        days.setValue(value.isEmpty() ? null : Integer.valueOf(value));
        reader = () -> days.getValue() == null ? List.of() : List.of(days.getValue().toString());
    }

    private void date(List<String> values) {
        DatePicker date = add(new DatePicker(), "rating.condition.date");
        String value = first(values, 0);
        date.setValue(value.isEmpty() ? null : LocalDate.parse(value.substring(0, 10)));
        reader = () -> date.getValue() == null ? List.of() : List.of(date.getValue().toString());
    }

    /** Options as chips when the operand has them; otherwise (free tags, user ids) values separated by commas. */
    private void choices(Operand operand, List<String> values) {
        if (operand.options().isEmpty()) {
            TextField list = add(new TextField(), "rating.condition.values");
            list.setHelperText(getTranslation("rating.condition.values-help"));
            list.setValue(String.join(", ", values));
            reader = () -> Arrays.stream(list.getValue().split("[,，]")).map(String::trim)
                    .filter(value -> !value.isEmpty()).distinct().toList();
            return;
        }
        MultiSelectComboBox<SelectOption> options = add(new MultiSelectComboBox<>(), "rating.condition.values");
        options.setItems(operand.options());
        options.setItemLabelGenerator(option -> option.label(getLocale()));
        Set<String> chosen = Set.copyOf(values);
        options.setValue(operand.options().stream().filter(option -> chosen.contains(option.value()))
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        reader = () -> operand.options().stream().filter(options.getValue()::contains).map(SelectOption::value)
                .toList();
    }

    private <F extends AbstractField<?, ?>> F add(F field, String labelKey) {
        if (field instanceof HasLabel labelled) {
            labelled.setLabel(getTranslation(labelKey));
        }
        inputs.add(field);
        getContent().add(field);
        return field;
    }

    private static String first(List<String> values, int index) {
        return index < values.size() && values.get(index) != null ? values.get(index) : "";
    }
}
