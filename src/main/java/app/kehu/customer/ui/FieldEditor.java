package app.kehu.customer.ui;

import app.kehu.fields.FieldDefinition;
import app.kehu.fields.FieldValues;
import app.kehu.fields.SelectOption;
import app.kehu.security.UserSummary;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The editor of one customer field in the form, chosen by the field's type. Values go in and come out in
 * the service's terms (text, owner id, list of tags, option values, dates); numbers travel as the text typed,
 * which the service reads as the field's type. Checking values is the service's job.
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

    static FieldEditor of(FieldDefinition field, String label, List<UserSummary> owners, Locale locale) {
        FieldEditor editor = switch (field.type()) {
            case USER -> owner(field, label, owners);
            case TAGS -> tags(field, label);
            case SINGLE_SELECT -> option(field, label, locale);
            case MULTI_SELECT -> options(field, label, locale);
            case BOOLEAN -> yesNo(field, label);
            case DATE -> new FieldEditor(field, new DatePicker(label), value -> value, value -> value);
            case DATETIME -> dateTime(field, label);
            case LONG_TEXT -> text(field, new TextArea(label));
            default -> text(field, new TextField(label));
        };
        String help = field.help(locale);
        if (help != null && editor.component instanceof HasHelper withHelp) {
            withHelp.setHelperText(help);
        }
        if (editor.component instanceof HasValue<?, ?> value) {
            value.setRequiredIndicatorVisible(field.required());
        }
        return editor;
    }

    private static <T extends Component & HasValue<?, String>> FieldEditor text(FieldDefinition field, T text) {
        if (field.maxLength() > 0 && text instanceof TextField box) {
            box.setMaxLength(field.maxLength());
        }
        return new FieldEditor(field, text, value -> value == null ? "" : FieldValues.toText(value), value -> value);
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

    private static FieldEditor option(FieldDefinition field, String label, Locale locale) {
        ComboBox<SelectOption> combo = new ComboBox<>(label, field.options());
        combo.setItemLabelGenerator(o -> o.label(locale));
        combo.setClearButtonVisible(true);
        return new FieldEditor(field, combo,
                value -> value == null ? null : field.option(value.toString()).orElse(null),
                option -> option == null ? null : ((SelectOption) option).value());
    }

    private static FieldEditor options(FieldDefinition field, String label, Locale locale) {
        MultiSelectComboBox<SelectOption> combo = new MultiSelectComboBox<>(label, field.options());
        combo.setItemLabelGenerator(o -> o.label(locale));
        return new FieldEditor(field, combo, value -> {
            Collection<?> list = value == null ? List.of() : (Collection<?>) value;
            Set<SelectOption> selected = new LinkedHashSet<>();
            list.forEach(v -> field.option(v.toString()).ifPresent(selected::add));
            return selected;
        }, value -> ((Set<?>) value).stream().map(o -> ((SelectOption) o).value()).toList());
    }

    private static FieldEditor yesNo(FieldDefinition field, String label) {
        ComboBox<Boolean> combo = new ComboBox<>(label, List.of(true, false));
        combo.setItemLabelGenerator(yes -> combo.getTranslation(yes ? "common.yes" : "common.no"));
        combo.setClearButtonVisible(true);
        return new FieldEditor(field, combo, value -> value, value -> value);
    }

    /** Date-times are shown and entered in the server's zone, like the grid shows them. */
    private static FieldEditor dateTime(FieldDefinition field, String label) {
        ZoneId zone = ZoneId.systemDefault();
        return new FieldEditor(field, new DateTimePicker(label),
                value -> value == null ? null : LocalDateTime.ofInstant((Instant) value, zone),
                value -> value == null ? null : ((LocalDateTime) value).atZone(zone).toInstant());
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
