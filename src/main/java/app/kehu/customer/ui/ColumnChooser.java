package app.kehu.customer.ui;

import app.kehu.customer.Customer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Shows and hides the grid's field columns from a popover of checkboxes. The grid itself holds the state, so
 * it lasts as long as the view is open and a saved view can change it; {@link #sync} shows it again.
 */
class ColumnChooser extends Button {

    final CheckboxGroup<String> columns = new CheckboxGroup<>();
    private final Grid<Customer> grid;
    private boolean syncing;

    /** @param labels the header label of each field column, by column key, in the fields' order */
    ColumnChooser(Grid<Customer> grid, Map<String, String> labels) {
        super(VaadinIcon.COG.create());
        this.grid = grid;
        setText(getTranslation("customers.columns"));
        setId("column-chooser");
        Map<String, String> ordered = new LinkedHashMap<>(labels);
        columns.setItems(List.copyOf(ordered.keySet()));
        columns.setItemLabelGenerator(ordered::get);
        columns.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        columns.setId("column-chooser-columns");
        columns.setLabel(getTranslation("customers.columns.visible"));
        columns.addValueChangeListener(event -> {
            if (!syncing) {
                show(event.getValue());
            }
        });
        Popover popover = new Popover(columns);
        popover.setTarget(this);
        popover.setAriaLabel(getTranslation("customers.columns"));
        sync();
    }

    private void show(Set<String> visible) {
        if (visible.isEmpty()) {
            // A grid without any field column is of no use; keep the last one the user tried to hide.
            sync();
            return;
        }
        fieldColumns().forEach(column -> column.setVisible(visible.contains(column.getKey())));
    }

    /** Ticks the columns that the grid shows now. */
    void sync() {
        syncing = true;
        try {
            columns.setValue(fieldColumns().filter(Grid.Column::isVisible).map(Grid.Column::getKey)
                    .collect(Collectors.toSet()));
        } finally {
            syncing = false;
        }
    }

    private Stream<Grid.Column<Customer>> fieldColumns() {
        return grid.getColumns().stream().filter(c -> c.getKey() != null && columns.getListDataView().contains(c.getKey()));
    }
}
