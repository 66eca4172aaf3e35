package app.kehu.customer.ui;

import app.kehu.customer.Customer;
import com.vaadin.flow.component.HasValidation;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The editors of one customer's fields, by field key, and what they showed when the customer was loaded, so
 * that only what the user changed is saved. Shared by the edit dialog and inline editing in the grid.
 */
final class FieldEditors {

    private final Map<String, FieldEditor> editors = new LinkedHashMap<>();
    private final Map<String, Object> loaded = new HashMap<>();

    void add(FieldEditor editor) {
        editors.put(editor.field().key(), editor);
    }

    Map<String, FieldEditor> byKey() {
        return editors;
    }

    void load(Customer customer) {
        editors.values().forEach(editor -> editor.setValue(customer.get(editor.field().key())));
        loaded.clear();
        editors.forEach((key, editor) -> loaded.put(key, editor.getValue()));
    }

    /**
     * The values the user changed since {@link #load}. An editor cannot always show a stored value (an owner
     * who was deactivated): leaving it untouched must keep the value, not clear it.
     */
    Map<String, Object> changed() {
        Map<String, Object> values = new LinkedHashMap<>();
        editors.forEach((key, editor) -> {
            if (!editor.field().readOnly() && !Objects.equals(editor.getValue(), loaded.get(key))) {
                values.put(key, editor.getValue());
            }
        });
        return values;
    }

    /** The values of every editable field: what a new customer is created with. */
    Map<String, Object> all() {
        Map<String, Object> values = new LinkedHashMap<>();
        editors.forEach((key, editor) -> {
            if (!editor.field().readOnly()) {
                values.put(key, editor.getValue());
            }
        });
        return values;
    }

    Map<String, HasValidation> validations() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        editors.forEach((key, editor) -> fields.put(key, editor.validation()));
        return fields;
    }
}
