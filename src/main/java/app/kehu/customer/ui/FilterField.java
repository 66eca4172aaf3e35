package app.kehu.customer.ui;

import app.kehu.customer.ColumnFilter;
import app.kehu.fields.FieldDefinition;
import app.kehu.fields.SelectOption;
import app.kehu.security.UserSummary;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The filter of one column in the grid's header, chosen by the field's type. It turns what the user typed
 * into a {@link ColumnFilter} and back, so that a saved view can put its filters into the header again.
 */
final class FilterField<V> {

    private final AbstractField<?, V> component;
    private final Function<V, ColumnFilter> toFilter;
    private final Function<ColumnFilter, V> fromFilter;

    private FilterField(AbstractField<?, V> component, Function<V, ColumnFilter> toFilter,
            Function<ColumnFilter, V> fromFilter) {
        this.component = component;
        this.toFilter = toFilter;
        this.fromFilter = fromFilter;
    }

    /** A filter for the field that reports every change (null: no filter) to the listener. */
    static FilterField<?> of(FieldDefinition field, Component view, List<UserSummary> owners,
            BiConsumer<FieldDefinition, ColumnFilter> onChange) {
        FilterField<?> filter = switch (field.type()) {
            case USER -> owner(owners);
            case DATE, DATETIME -> since(view.getTranslation("customers.filter.since"));
            case SINGLE_SELECT, MULTI_SELECT -> option(field, view);
            case BOOLEAN -> yesNo(view);
            default -> text(field, view.getTranslation("customers.filter"));
        };
        filter.decorate(field, view);
        filter.listen(field, onChange);
        return filter;
    }

    private static FilterField<UserSummary> owner(List<UserSummary> owners) {
        ComboBox<UserSummary> owner = new ComboBox<>();
        owner.setItems(owners);
        owner.setItemLabelGenerator(UserSummary::displayName);
        owner.setClearButtonVisible(true);
        return new FilterField<>(owner, value -> value == null ? null : new ColumnFilter.Equals(value.id()),
                filter -> filter instanceof ColumnFilter.Equals(Object id)
                        ? owners.stream().filter(o -> id.equals(o.id())).findFirst().orElse(null) : null);
    }

    private static FilterField<LocalDate> since(String placeholder) {
        DatePicker since = new DatePicker();
        since.setPlaceholder(placeholder);
        since.setClearButtonVisible(true);
        return new FilterField<>(since, value -> value == null ? null : new ColumnFilter.DateRange(value, null),
                filter -> filter instanceof ColumnFilter.DateRange range ? range.from() : null);
    }

    private static FilterField<SelectOption> option(FieldDefinition field, Component view) {
        ComboBox<SelectOption> option = new ComboBox<>();
        option.setItems(field.options());
        option.setItemLabelGenerator(o -> o.label(UI.getCurrent().getLocale()));
        option.setClearButtonVisible(true);
        return new FilterField<>(option, value -> value == null ? null : new ColumnFilter.AnyOf(List.of(value.value())),
                filter -> filter instanceof ColumnFilter.AnyOf(var values) && !values.isEmpty()
                        ? field.option(values.getFirst().toString()).orElse(null) : null);
    }

    private static FilterField<Boolean> yesNo(Component view) {
        ComboBox<Boolean> yesNo = new ComboBox<>();
        yesNo.setItems(true, false);
        yesNo.setItemLabelGenerator(value -> view.getTranslation(value ? "common.yes" : "common.no"));
        yesNo.setClearButtonVisible(true);
        return new FilterField<>(yesNo, value -> value == null ? null : new ColumnFilter.Equals(value),
                filter -> filter instanceof ColumnFilter.Equals(Object value) && value instanceof Boolean b ? b : null);
    }

    /** Text is searched for; numbers (of number fields) are matched exactly once the box holds one. */
    private static FilterField<String> text(FieldDefinition field, String placeholder) {
        TextField text = new TextField();
        text.setPlaceholder(placeholder);
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        boolean textual = field.type().isTextual() || field.type().isMultiValued();
        return new FilterField<>(text, value -> {
            String typed = value.strip();
            boolean number = typed.matches("[+-]?[0-9]+(\\.[0-9]+)?");
            text.setInvalid(!textual && !typed.isEmpty() && !number);
            if (typed.isEmpty() || text.isInvalid()) {
                return null;
            }
            return textual ? new ColumnFilter.Contains(typed) : new ColumnFilter.Equals(typed);
        }, filter -> switch (filter) {
            case ColumnFilter.Contains(String value) -> value;
            case ColumnFilter.Equals(Object value) -> String.valueOf(value);
            default -> "";
        });
    }

    private void decorate(FieldDefinition field, Component view) {
        component.setId("filter-" + field.key());
        ((HasSize) component).setWidthFull();
        component.getElement().setAttribute("aria-label", view.getTranslation("customers.filter") + " "
                + field.label(UI.getCurrent().getLocale()));
    }

    private void listen(FieldDefinition field, BiConsumer<FieldDefinition, ColumnFilter> onChange) {
        component.addValueChangeListener(e -> onChange.accept(field, toFilter.apply(e.getValue())));
    }

    Component component() {
        return component;
    }

    /** Shows the filter (null: clears it), which reports the change like the user's own input would. */
    void show(ColumnFilter filter) {
        V value = filter == null ? component.getEmptyValue() : fromFilter.apply(filter);
        component.setValue(value == null ? component.getEmptyValue() : value);
    }
}
