package app.kehu.customer.ui;

import app.kehu.customer.ColumnFilter;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;

/** "From … to …" for a number column; either end may stay empty. Text that is no number is marked invalid. */
class NumberRangeField extends CustomField<ColumnFilter.NumberRange> {

    private final TextField from = bound("≥");
    private final TextField to = bound("≤");

    NumberRangeField() {
        add(from, to);
        addClassName("range-filter");
    }

    private TextField bound(String placeholder) {
        TextField bound = new TextField();
        bound.setPlaceholder(placeholder);
        bound.setClearButtonVisible(true);
        bound.setValueChangeMode(ValueChangeMode.LAZY);
        bound.addValueChangeListener(e -> bound.setInvalid(parse(e.getValue()) == null && !e.getValue().isBlank()));
        return bound;
    }

    @Override
    protected ColumnFilter.NumberRange generateModelValue() {
        BigDecimal min = parse(from.getValue());
        BigDecimal max = parse(to.getValue());
        return min == null && max == null ? null : new ColumnFilter.NumberRange(min, max);
    }

    @Override
    protected void setPresentationValue(ColumnFilter.NumberRange range) {
        from.setValue(range == null || range.from() == null ? "" : range.from().toPlainString());
        to.setValue(range == null || range.to() == null ? "" : range.to().toPlainString());
    }

    private static BigDecimal parse(String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
