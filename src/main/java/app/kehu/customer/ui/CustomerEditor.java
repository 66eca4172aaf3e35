package app.kehu.customer.ui;

import app.kehu.common.ConcurrentEditException;
import app.kehu.common.NotFoundException;
import app.kehu.common.ValidationException;
import app.kehu.customer.Customer;
import app.kehu.customer.CustomerService;
import app.kehu.fields.FieldDefinition;
import app.kehu.fields.Section;
import app.kehu.fields.FieldRegistry;
import app.kehu.security.UserSummary;
import app.kehu.ui.FormErrors;
import app.kehu.ui.Notifications;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Adds or edits one customer in a dialog whose form is generated from the field registry. Errors come from
 * the service and are shown next to their fields; a save that lost a race with another user is refused
 * with a clear message, and the user's input stays in the form.
 */
class CustomerEditor extends Dialog {

    private final CustomerService customers;
    private final Consumer<Customer> onSaved;
    private final FieldEditors editors = new FieldEditors();
    private final Span conflict = new Span();
    private Customer editing;

    CustomerEditor(CustomerService customers, Customer customer, Consumer<Customer> onSaved) {
        this.customers = customers;
        this.onSaved = onSaved;
        this.editing = customer;
        setHeaderTitle(getTranslation(customer == null ? "customers.new" : "customers.edit"));
        setWidth("min(48rem, 95vw)");

        List<UserSummary> owners = customers.owners();
        Map<String, String> sectionLabels = customers.sections().stream()
                .collect(Collectors.toMap(Section::key, section -> section.label(getLocale())));
        FormLayout form = new FormLayout();
        String section = null;
        for (FieldDefinition field : customers.fields()) {
            // Read-only fields (kept by the system, or read-only for the user's role) are shown, not edited;
            // a new customer has no values of them yet.
            if (field.readOnly() && customer == null) {
                continue;
            }
            if (!field.section().equals(section)) {
                section = field.section();
                H4 heading = new H4(sectionLabels.getOrDefault(section, section));
                heading.addClassName("form-section");
                form.add(heading, 2);
            }
            FieldEditor editor = FieldEditor.of(field, field.label(getLocale()), owners, getLocale());
            editor.component().setId("field-" + field.key());
            if (field.readOnly() || field.key().equals(FieldRegistry.OWNER) && !customers.canAssignOwners()) {
                editor.setReadOnly(true);
            }
            editors.add(editor);
            form.add(editor.component());
        }
        conflict.addClassName("conflict-message");
        conflict.setVisible(false);
        add(conflict, form);
        if (customer == null) {
            customers.newCustomerDefaults().forEach((key, value) -> editors.byKey().get(key).setValue(value));
        } else {
            load(customer);
        }

        Button save = new Button(getTranslation("common.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.setId("save-customer");
        Button cancel = new Button(getTranslation("common.cancel"), click -> close());
        getFooter().add(cancel, save);
        editors.byKey().values().stream().findFirst().ifPresent(e -> ((Focusable<?>) e.component()).focus());
    }

    Map<String, FieldEditor> editors() {
        return editors.byKey();
    }

    private void load(Customer customer) {
        editing = customer;
        editors.load(customer);
    }

    private void save() {
        Map<String, Object> values = editing == null ? editors.all() : editors.changed();
        Map<String, HasValidation> fields = editors.validations();
        try {
            Customer saved = editing == null ? customers.create(values)
                    : customers.update(editing.id(), editing.version(), values);
            Notifications.success(getTranslation("customers.saved", saved.get(FieldRegistry.NAME)));
            close();
            onSaved.accept(saved);
        } catch (ValidationException e) {
            FormErrors.show(this, e, fields);
        } catch (ConcurrentEditException e) {
            showConflict();
        } catch (NotFoundException e) {
            Notifications.error(getTranslation("customers.deleted-meanwhile"));
            close();
            onSaved.accept(null);
        }
    }

    /** Keeps the user's input and offers the other user's version; nothing is overwritten silently. */
    private void showConflict() {
        conflict.removeAll();
        Button reload = new Button(getTranslation("customers.conflict.reload"), click -> {
            load(customers.get(editing.id()));
            conflict.setVisible(false);
        });
        reload.addThemeVariants(ButtonVariant.SMALL);
        reload.setId("reload-customer");
        conflict.add(new Span(getTranslation("customers.conflict")), reload);
        conflict.setVisible(true);
        Notifications.error(getTranslation("customers.conflict"));
    }
}
