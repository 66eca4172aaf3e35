package app.kehu.customer.ui;

import app.kehu.customer.ColumnFilter;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.datepicker.DatePicker;

/** "From day … to day …", both ends included, for a date or date-time column; either end may stay empty. */
class DateRangeField extends CustomField<ColumnFilter.DateRange> {

    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();

    DateRangeField(String fromPlaceholder, String toPlaceholder) {
        from.setPlaceholder(fromPlaceholder);
        to.setPlaceholder(toPlaceholder);
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        add(from, to);
        addClassName("range-filter");
    }

    @Override
    protected ColumnFilter.DateRange generateModelValue() {
        return from.isEmpty() && to.isEmpty() ? null : new ColumnFilter.DateRange(from.getValue(), to.getValue());
    }

    @Override
    protected void setPresentationValue(ColumnFilter.DateRange range) {
        from.setValue(range == null ? null : range.from());
        to.setValue(range == null ? null : range.to());
    }
}
