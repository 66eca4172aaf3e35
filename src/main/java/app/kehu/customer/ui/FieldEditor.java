package app.kehu.customer.ui;

import app.kehu.fields.FieldDefinition;
import app.kehu.security.UserSummary;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The editor of one customer field in the form, chosen by the field's type. Values go in and come out in
 * the service's terms (text, owner id, list of tags); checking them is the service's job.
 */
final class FieldEditor {

    private final FieldDefinition field;
    private final Component component;
    private final Function<Object, Object> toEditor;
    private final Function<Object, Object> fromEditor;

    private FieldEditor(FieldDefinition field, Component component, Function<Object, Object> toEditor,
            Function<Object, Object> fromEditor) {
        this.field = field;
        this.component = component;
        this.toEditor = toEditor;
        this.fromEditor = fromEditor;
    }

    static FieldEditor of(FieldDefinition field, String label, List<UserSummary> owners) {
        return switch (field.type()) {
            case USER -> owner(field, label, owners);
            case TAGS -> tags(field, label);
            default -> text(field, label);
        };
    }

    private static FieldEditor text(FieldDefinition field, String label) {
        TextField text = new TextField(label);
        text.setRequiredIndicatorVisible(field.required());
        if (field.maxLength() > 0) {
            text.setMaxLength(field.maxLength());
        }
        return new FieldEditor(field, text, value -> value == null ? "" : value, value -> value);
    }

    private static FieldEditor owner(FieldDefinition field, String label, List<UserSummary> owners) {
        ComboBox<UserSummary> combo = new ComboBox<>(label, owners);
        combo.setItemLabelGenerator(UserSummary::displayName);
        combo.setClearButtonVisible(true);
        Map<Long, UserSummary> byId = new HashMap<>();
        owners.forEach(o -> byId.put(o.id(), o));
        return new FieldEditor(field, combo, id -> id == null ? null : byId.get((Long) id),
                summary -> summary == null ? null : ((UserSummary) summary).id());
    }

    private static FieldEditor tags(FieldDefinition field, String label) {
        MultiSelectComboBox<String> tags = new MultiSelectComboBox<>(label);
        Set<String> known = new LinkedHashSet<>();
        tags.setItems(known);
        tags.setAllowCustomValue(true);
        tags.addCustomValueSetListener(event -> {
            String tag = event.getDetail().strip();
            if (!tag.isEmpty()) {
                Set<String> selected = new LinkedHashSet<>(tags.getValue());
                known.add(tag);
                tags.setItems(known);
                selected.add(tag);
                tags.setValue(selected);
            }
        });
        return new FieldEditor(field, tags, value -> {
            Collection<?> list = value == null ? List.of() : (Collection<?>) value;
            list.forEach(t -> known.add(t.toString()));
            tags.setItems(known);
            return new LinkedHashSet<>(list.stream().map(Object::toString).toList());
        }, value -> new ArrayList<>((Set<?>) value));
    }

    FieldDefinition field() {
        return field;
    }

    Component component() {
        return component;
    }

    HasValidation validation() {
        return (HasValidation) component;
    }

    @SuppressWarnings("unchecked")
    void setValue(Object value) {
        ((HasValue<?, Object>) component).setValue(toEditor.apply(value));
    }

    @SuppressWarnings("unchecked")
    Object getValue() {
        return fromEditor.apply(((HasValue<?, Object>) component).getValue());
    }

    void setReadOnly(boolean readOnly) {
        ((AbstractField<?, ?>) component).setReadOnly(readOnly);
    }
}
