package app.kehu.customer.ui;

import app.kehu.common.ConcurrentEditException;
import app.kehu.common.FieldError;
import app.kehu.common.NotFoundException;
import app.kehu.common.ValidationException;
import app.kehu.customer.Customer;
import app.kehu.customer.CustomerService;
import app.kehu.fields.FieldDefinition;
import app.kehu.fields.FieldRegistry;
import app.kehu.security.UserSummary;
import app.kehu.ui.FormErrors;
import app.kehu.ui.Notifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.editor.Editor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Edits a customer's editable cells in place, with the grid's buffered editor. Enter in a text cell saves,
 * Escape cancels. The service validates as in the dialog; its errors mark the cells and are announced. A save
 * that lost a race with another user is refused and the input stays, so nothing is overwritten silently.
 */
final class InlineEditor {

    private final CustomerService customers;
    private final Grid<Customer> grid;
    private final Editor<Customer> editor;
    private final Consumer<Customer> afterSave;
    private final FieldEditors editors = new FieldEditors();
    private Customer editing;

    InlineEditor(CustomerService customers, Grid<Customer> grid, Grid.Column<Customer> actions,
            Consumer<Customer> afterSave) {
        this.customers = customers;
        this.grid = grid;
        this.afterSave = afterSave;
        this.editor = grid.getEditor();
        // The editors are read and written by hand (only changed values are saved), so the binder stays empty.
        editor.setBinder(new Binder<>());
        editor.setBuffered(true);
        List<UserSummary> owners = customers.owners();
        for (FieldDefinition field : customers.fields()) {
            if (!field.readOnly()) {
                grid.getColumnByKey(field.key()).setEditorComponent(cellEditor(field, owners));
            }
        }
        actions.setEditorComponent(new HorizontalLayout(
                button("inline-save", VaadinIcon.CHECK, "common.save", this::save),
                button("inline-cancel", VaadinIcon.CLOSE_SMALL, "common.cancel", this::cancel)));
    }

    private Component cellEditor(FieldDefinition field, List<UserSummary> owners) {
        FieldEditor cell = FieldEditor.of(field, null, owners, UI.getCurrent().getLocale());
        Component component = cell.component();
        component.setId("inline-" + field.key());
        component.getElement().setAttribute("aria-label", field.label(UI.getCurrent().getLocale()));
        ((HasSize) component).setWidthFull();
        if (field.key().equals(FieldRegistry.OWNER) && !customers.canAssignOwners()) {
            cell.setReadOnly(true);
        }
        // Enter also picks an item in combo boxes, so only text cells save on Enter.
        if (component instanceof TextField) {
            Shortcuts.addShortcutListener(component, this::save, Key.ENTER).listenOn(component);
        }
        Shortcuts.addShortcutListener(component, this::cancel, Key.ESCAPE).listenOn(component);
        editors.add(cell);
        return component;
    }

    private Button button(String id, VaadinIcon icon, String labelKey, Runnable action) {
        Button button = Actions.icon(icon, grid.getTranslation(labelKey), action, ButtonVariant.TERTIARY,
                ButtonVariant.SMALL);
        button.setId(id);
        return button;
    }

    boolean isOpen() {
        return editor.isOpen();
    }

    /** Opens the row's editor on the customer as stored now, not as the grid last loaded it. */
    void edit(Customer customer) {
        cancel();
        try {
            editing = customers.get(customer.id());
        } catch (NotFoundException e) {
            Notifications.error(grid.getTranslation("customers.deleted-meanwhile"));
            afterSave.accept(null);
            return;
        }
        FormErrors.clear(editors.validations());
        editors.load(editing);
        editor.editItem(customer);
    }

    void save() {
        if (editing == null) {
            return;
        }
        try {
            Customer saved = customers.update(editing.id(), editing.version(), editors.changed());
            Notifications.success(grid.getTranslation("customers.saved", saved.get(FieldRegistry.NAME)));
            cancel();
            afterSave.accept(saved);
        } catch (ValidationException e) {
            FormErrors.show(grid, e, editors.validations());
            // A cell is narrow for an error message below it: say it once more where it cannot be missed.
            Notifications.error(e.errors().stream().map(this::describe).collect(Collectors.joining("\n")));
        } catch (ConcurrentEditException e) {
            Notifications.error(grid.getTranslation("customers.conflict.inline"));
        } catch (NotFoundException e) {
            Notifications.error(grid.getTranslation("customers.deleted-meanwhile"));
            cancel();
            afterSave.accept(null);
        }
    }

    private String describe(FieldError error) {
        FieldEditor cell = editors.byKey().get(error.field());
        String message = grid.getTranslation(error.messageKey(), error.args().toArray());
        return cell == null ? message : cell.field().label(UI.getCurrent().getLocale()) + ": " + message;
    }

    void cancel() {
        if (editor.isOpen()) {
            editor.cancel();
        }
        editing = null;
    }
}
