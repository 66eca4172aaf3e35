package app.kehu.customer.ui;

import app.kehu.common.ConcurrentEditException;
import app.kehu.common.NotFoundException;
import app.kehu.common.ValidationException;
import app.kehu.customer.Customer;
import app.kehu.customer.CustomerService;
import app.kehu.fields.FieldDefinition;
import app.kehu.fields.FieldRegistry;
import app.kehu.ui.FormErrors;
import app.kehu.ui.Notifications;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToIntFunction;

/**
 * What can be done to the customers selected in the grid at once: assign an owner (admins and managers), set
 * a field, add a tag, delete. Each runs as one all-or-nothing service call; the result is announced with the
 * number of customers changed. Hidden while nothing is selected.
 */
class BulkActions extends HorizontalLayout {

    final Span selected = new Span();
    private final CustomerService customers;
    private final Grid<Customer> grid;
    private final Runnable afterChange;

    BulkActions(CustomerService customers, Grid<Customer> grid, Runnable afterChange) {
        this.customers = customers;
        this.grid = grid;
        this.afterChange = afterChange;
        setId("bulk-actions");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation("customers.bulk"));
        setAlignItems(Alignment.BASELINE);
        selected.setId("bulk-selected");
        add(selected);
        if (customers.canAssignOwners()) {
            add(button("bulk-assign-owner", "customers.bulk.assign-owner", VaadinIcon.USER_CHECK,
                    () -> openSetField(customers.fields().stream()
                            .filter(f -> f.key().equals(FieldRegistry.OWNER)).findFirst().orElseThrow())));
        }
        add(button("bulk-set-field", "customers.bulk.set-field", VaadinIcon.EDIT, () -> openSetField(null)),
                button("bulk-add-tag", "customers.bulk.add-tag", VaadinIcon.TAG, this::openAddTag),
                button("bulk-delete", "customers.bulk.delete", VaadinIcon.TRASH, this::confirmDelete));
        grid.addSelectionListener(event -> showSelection());
        showSelection();
    }

    private Button button(String id, String labelKey, VaadinIcon icon, Runnable action) {
        Button button = new Button(getTranslation(labelKey), icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.SMALL);
        button.setId(id);
        return button;
    }

    private void showSelection() {
        int count = grid.getSelectedItems().size();
        selected.setText(getTranslation("customers.bulk.selected", count));
        setVisible(count > 0);
    }

    private List<Long> selectedIds() {
        return grid.getSelectedItems().stream().map(Customer::id).toList();
    }

    /** Set one field of the selection; with a preset field (the owner) the field is not chosen by the user. */
    private void openSetField(FieldDefinition preset) {
        BulkDialog dialog = new BulkDialog(getTranslation(preset == null ? "customers.bulk.set-field"
                : "customers.bulk.assign-owner"));
        ComboBox<FieldDefinition> field = new ComboBox<>(getTranslation("customers.bulk.field"));
        field.setId("bulk-field");
        field.setItems(customers.fields().stream().filter(f -> !f.readOnly())
                .filter(f -> !f.key().equals(FieldRegistry.OWNER) || customers.canAssignOwners()).toList());
        field.setItemLabelGenerator(f -> f.label(getLocale()));
        HorizontalLayout valueHolder = new HorizontalLayout();
        // The value's editor follows the chosen field's type.
        AtomicReference<FieldEditor> value = new AtomicReference<>();
        field.addValueChangeListener(event -> {
            valueHolder.removeAll();
            value.set(event.getValue() == null ? null
                    : FieldEditor.of(event.getValue(), getTranslation("customers.bulk.value"), customers.owners(),
                            getLocale()));
            if (value.get() != null) {
                value.get().component().setId("bulk-value");
                valueHolder.add(value.get().component());
            }
        });
        field.setValue(preset);
        field.setVisible(preset == null);
        dialog.add(field, valueHolder);
        dialog.onApply(() -> {
            FieldEditor editor = value.get();
            if (editor == null) {
                field.setInvalid(true);
                field.setErrorMessage(getTranslation("validation.required"));
                return false;
            }
            String key = editor.field().key();
            Object chosen = editor.getValue();
            ToIntFunction<List<Long>> action = key.equals(FieldRegistry.OWNER) && chosen instanceof Long owner
                    ? ids -> customers.bulkAssignOwner(ids, owner)
                    : ids -> customers.bulkSet(ids, key, chosen);
            return run(action, "customers.bulk.updated", Map.of(key, editor.validation()));
        });
        dialog.open();
    }

    private void openAddTag() {
        BulkDialog dialog = new BulkDialog(getTranslation("customers.bulk.add-tag"));
        TextField tag = new TextField(getTranslation("field.tags"));
        tag.setId("bulk-tag");
        dialog.add(tag);
        dialog.onApply(() -> run(ids -> customers.bulkAddTag(ids, tag.getValue()), "customers.bulk.updated",
                Map.of(FieldRegistry.TAGS, tag)));
        dialog.open();
        tag.focus();
    }

    private void confirmDelete() {
        int count = grid.getSelectedItems().size();
        Actions.confirmDestructive(this, getTranslation("customers.bulk.delete.title", count),
                getTranslation("customers.bulk.delete.text", count), getTranslation("customers.delete"),
                () -> run(customers::bulkDelete, "customers.bulk.deleted", Map.of()));
    }

    /**
     * Runs the action on the selection. Returns whether the dialog is done: not if the input was refused, so
     * that the user can correct it; yes if the selection itself was refused, which changed nothing.
     */
    private boolean run(ToIntFunction<List<Long>> action, String doneKey, Map<String, ? extends HasValidation> fields) {
        try {
            int changed = action.applyAsInt(selectedIds());
            Notifications.success(getTranslation(doneKey, changed));
            grid.deselectAll();
        } catch (ValidationException e) {
            FormErrors.show(this, e, fields);
            return false;
        } catch (NotFoundException | ConcurrentEditException e) {
            Notifications.error(getTranslation("customers.bulk.refused"));
        }
        afterChange.run();
        return true;
    }
}
