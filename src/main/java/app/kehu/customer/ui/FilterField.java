package app.kehu.customer.ui;

import app.kehu.customer.ColumnFilter;
import app.kehu.fields.FieldDefinition;
import app.kehu.fields.SelectOption;
import app.kehu.security.UserSummary;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The filter of one column in the grid's header, chosen by the field's type: text contains, number and date
 * ranges, any of a select's options, yes/no, an owner; and for every column a menu for "empty" / "not empty".
 * It turns what the user typed into a {@link ColumnFilter} and back, so that a saved view can put its
 * filters into the header again.
 */
final class FilterField<V> {

    private final AbstractField<?, V> component;
    private final Function<V, ColumnFilter> toFilter;
    private final Function<ColumnFilter, V> fromFilter;
    private final Div cell = new Div();
    private final Button emptinessMenu = new Button(VaadinIcon.ELLIPSIS_DOTS_V.create());
    private final ContextMenu emptinessChoices = new ContextMenu(emptinessMenu);
    private BiConsumer<FieldDefinition, ColumnFilter> onChange;
    private FieldDefinition field;
    /** "Empty" or "not empty" while the user asked for it; the value filter is then set aside. */
    private ColumnFilter emptiness;

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
            case DATE, DATETIME -> ranged(new DateRangeField(view.getTranslation("customers.filter.from"),
                    view.getTranslation("customers.filter.to")), ColumnFilter.DateRange.class);
            case INTEGER, DECIMAL, MONEY, PERCENT -> ranged(new NumberRangeField(), ColumnFilter.NumberRange.class);
            case SINGLE_SELECT, MULTI_SELECT -> options(field);
            case BOOLEAN -> yesNo(view);
            default -> text(view.getTranslation("customers.filter"));
        };
        filter.decorate(field, view);
        filter.listen(field, onChange);
        return filter;
    }

    private static <F extends ColumnFilter> FilterField<F> ranged(AbstractField<?, F> range, Class<F> kind) {
        ((HasSize) range).setWidthFull();
        return new FilterField<>(range, value -> value, filter -> kind.isInstance(filter) ? kind.cast(filter) : null);
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

    private static FilterField<Set<SelectOption>> options(FieldDefinition field) {
        MultiSelectComboBox<SelectOption> options = new MultiSelectComboBox<>();
        options.setItems(field.options());
        options.setItemLabelGenerator(o -> o.label(UI.getCurrent().getLocale()));
        options.setClearButtonVisible(true);
        return new FilterField<>(options, chosen -> chosen.isEmpty() ? null
                : new ColumnFilter.AnyOf(chosen.stream().map(SelectOption::value).toList()),
                filter -> filter instanceof ColumnFilter.AnyOf(var values)
                        ? values.stream().flatMap(v -> field.option(v.toString()).stream()).collect(Collectors.toSet())
                        : Set.of());
    }

    private static FilterField<Boolean> yesNo(Component view) {
        ComboBox<Boolean> yesNo = new ComboBox<>();
        yesNo.setItems(true, false);
        yesNo.setItemLabelGenerator(value -> view.getTranslation(value ? "common.yes" : "common.no"));
        yesNo.setClearButtonVisible(true);
        return new FilterField<>(yesNo, value -> value == null ? null : new ColumnFilter.Equals(value),
                filter -> filter instanceof ColumnFilter.Equals(Object value) && value instanceof Boolean b ? b : null);
    }

    private static FilterField<String> text(String placeholder) {
        TextField text = new TextField();
        text.setPlaceholder(placeholder);
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        return new FilterField<>(text, value -> value.isBlank() ? null : new ColumnFilter.Contains(value.strip()),
                filter -> filter instanceof ColumnFilter.Contains(String value) ? value : "");
    }

    private void decorate(FieldDefinition field, Component view) {
        component.setId("filter-" + field.key());
        ((HasSize) component).setWidthFull();
        component.getElement().setAttribute("aria-label", view.getTranslation("customers.filter") + " "
                + field.label(UI.getCurrent().getLocale()));
    }

    private void listen(FieldDefinition field, BiConsumer<FieldDefinition, ColumnFilter> onChange) {
        this.field = field;
        this.onChange = onChange;
        component.addValueChangeListener(e -> {
            if (emptiness == null) {
                onChange.accept(field, toFilter.apply(e.getValue()));
            }
        });
        ContextMenu menu = emptinessChoices;
        menu.setOpenOnClick(true);
        menu.addItem(component.getTranslation("customers.filter.empty"), click -> showEmptiness(new ColumnFilter.IsEmpty()));
        menu.addItem(component.getTranslation("customers.filter.not-empty"),
                click -> showEmptiness(new ColumnFilter.IsNotEmpty()));
        menu.addItem(component.getTranslation("customers.filter.by-value"), click -> showEmptiness(null));
        emptinessMenu.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        emptinessMenu.setAriaLabel(component.getTranslation("customers.filter.more"));
        emptinessMenu.setTooltipText(component.getTranslation("customers.filter.more"));
        emptinessMenu.setId("filter-menu-" + field.key());
        cell.add(component, emptinessMenu);
        cell.addClassName("filter-cell");
    }

    ContextMenu emptinessChoices() {
        return emptinessChoices;
    }

    /** What goes into the header cell: the value filter and its menu. */
    Component component() {
        return cell;
    }

    /** Shows the filter (null: clears it), which reports the change like the user's own input would. */
    void show(ColumnFilter filter) {
        if (filter instanceof ColumnFilter.IsEmpty || filter instanceof ColumnFilter.IsNotEmpty) {
            showEmptiness(filter);
            return;
        }
        emptiness = null;
        component.setEnabled(true);
        V value = filter == null ? component.getEmptyValue() : fromFilter.apply(filter);
        component.setValue(value == null ? component.getEmptyValue() : value);
    }

    private void showEmptiness(ColumnFilter filter) {
        emptiness = filter;
        component.setEnabled(filter == null);
        component.getElement().setAttribute("title", filter == null ? ""
                : component.getTranslation(filter instanceof ColumnFilter.IsEmpty ? "customers.filter.empty"
                        : "customers.filter.not-empty"));
        emptinessMenu.getElement().getThemeList().set("primary", filter != null);
        if (filter != null) {
            component.clear();
        }
        onChange.accept(field, filter != null ? filter : toFilter.apply(component.getValue()));
    }
}
