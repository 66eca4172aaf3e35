package app.kehu.fields.ui;

import app.kehu.fields.FieldDefinition;
import app.kehu.fields.FieldRules;
import app.kehu.fields.FieldSettings;
import app.kehu.fields.FieldType;
import app.kehu.fields.LocalizedText;
import app.kehu.fields.Section;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The inputs of a field's definition: key and type (only when adding), labels, section, flags, default, help,
 * validation and options. Inputs that do not apply to the chosen type are hidden; a built-in field offers only
 * its labels, help and section.
 */
class FieldForm extends FormLayout {

    final TextField key = new TextField();
    final ComboBox<FieldType> type = new ComboBox<>();
    final TextField labelZh = new TextField();
    final TextField labelEn = new TextField();
    final ComboBox<Section> section = new ComboBox<>();
    final Checkbox required = new Checkbox();
    final Checkbox unique = new Checkbox();
    final Checkbox filterable = new Checkbox();
    final TextField defaultValue = new TextField();
    final TextField helpZh = new TextField();
    final TextField helpEn = new TextField();
    final BigDecimalField min = new BigDecimalField();
    final BigDecimalField max = new BigDecimalField();
    final IntegerField minLength = new IntegerField();
    final IntegerField maxLength = new IntegerField();
    final TextField pattern = new TextField();
    final OptionsEditor options = new OptionsEditor();
    /** The built-in field being edited, whose storage and rules stay as they are; null for a custom field. */
    private FieldDefinition builtIn;

    FieldForm(List<Section> sections) {
        label(key, "fields.key", "field-key");
        key.setHelperText(getTranslation("fields.key.help"));
        type.setLabel(getTranslation("fields.type"));
        type.setId("field-type");
        type.setItems(Arrays.stream(FieldType.values()).filter(FieldType::isOfferedForCustomFields).toList());
        type.setItemLabelGenerator(t -> getTranslation("field-type." + t.name()));
        type.addValueChangeListener(e -> showInputsFor(e.getValue()));
        label(labelZh, "fields.label-zh", "field-label-zh");
        label(labelEn, "fields.label-en", "field-label-en");
        section.setLabel(getTranslation("fields.section"));
        section.setId("field-section");
        section.setItems(sections);
        section.setItemLabelGenerator(s -> s.label(getLocale()));
        required.setLabel(getTranslation("fields.required"));
        unique.setLabel(getTranslation("fields.unique"));
        filterable.setLabel(getTranslation("fields.filterable"));
        filterable.setId("field-filterable");
        label(defaultValue, "fields.default", "field-default");
        defaultValue.setHelperText(getTranslation("fields.default.help"));
        label(helpZh, "fields.help-zh", "field-help-zh");
        label(helpEn, "fields.help-en", "field-help-en");
        min.setLabel(getTranslation("fields.min"));
        max.setLabel(getTranslation("fields.max"));
        minLength.setLabel(getTranslation("fields.min-length"));
        maxLength.setLabel(getTranslation("fields.max-length"));
        label(pattern, "fields.pattern", "field-pattern");
        pattern.setHelperText(getTranslation("fields.pattern.help"));
        add(key, type, labelZh, labelEn, section, defaultValue, helpZh, helpEn, min, max, minLength, maxLength,
                pattern, required, unique, filterable);
        add(options, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 2));
        sections.stream().findFirst().ifPresent(section::setValue);
        showInputsFor(null);
    }

    /** Fills the form with a field as it is now; its key and type are then fixed. */
    void show(FieldDefinition field) {
        key.setValue(field.key());
        key.setReadOnly(true);
        type.setValue(field.type());
        type.setReadOnly(true);
        FieldSettings settings = field.settings();
        labelZh.setValue(orEmpty(settings.label().zh()));
        labelEn.setValue(orEmpty(settings.label().en()));
        section.getListDataView().getItems().filter(s -> s.key().equals(settings.section())).findFirst()
                .ifPresent(section::setValue);
        required.setValue(settings.required());
        unique.setValue(settings.unique());
        filterable.setValue(settings.filterable());
        defaultValue.setValue(settings.defaultValue() == null ? "" : defaultText(settings.defaultValue()));
        helpZh.setValue(orEmpty(settings.help().zh()));
        helpEn.setValue(orEmpty(settings.help().en()));
        FieldRules rules = settings.rules();
        min.setValue(rules.min());
        max.setValue(rules.max());
        minLength.setValue(rules.minLength());
        maxLength.setValue(rules.maxLength());
        pattern.setValue(orEmpty(rules.pattern()));
        options.setValue(settings.options());
        if (field.builtIn()) {
            builtIn = field;
            List.<Component>of(required, unique, filterable, defaultValue, min, max, minLength, maxLength, pattern,
                    options).forEach(input -> input.setVisible(false));
        }
    }

    /** The settings as entered; a built-in field keeps everything but its labels, help and section. */
    FieldSettings settings() {
        Section chosen = section.getValue();
        String sectionKey = chosen == null ? null : chosen.key();
        if (builtIn != null) {
            return builtIn.settings().withLabel(labelZh.getValue(), labelEn.getValue())
                    .withHelp(helpZh.getValue(), helpEn.getValue()).withSection(sectionKey);
        }
        return new FieldSettings(new LocalizedText(labelZh.getValue(), labelEn.getValue()),
                new LocalizedText(helpZh.getValue(), helpEn.getValue()), sectionKey,
                required.getValue(), unique.getValue(), defaultValue.getValue(),
                new FieldRules(min.getValue(), max.getValue(), minLength.getValue(), maxLength.getValue(),
                        pattern.getValue()),
                type.getValue() != null && type.getValue().hasOptions() ? options.getValue() : List.of(),
                filterable.getValue());
    }

    /** Each input by the name the service's errors use. */
    Map<String, HasValidation> inputs() {
        return Map.ofEntries(Map.entry("key", key), Map.entry("type", type), Map.entry("labelZh", labelZh),
                Map.entry("labelEn", labelEn), Map.entry("section", section), Map.entry("defaultValue", defaultValue),
                Map.entry("helpZh", helpZh), Map.entry("helpEn", helpEn), Map.entry("min", min),
                Map.entry("max", max), Map.entry("minLength", minLength), Map.entry("maxLength", maxLength),
                Map.entry("pattern", pattern), Map.entry("options", options),
                Map.entry("required", new CheckboxError(required)), Map.entry("unique", new CheckboxError(unique)),
                Map.entry("filterable", new CheckboxError(filterable)));
    }

    private void showInputsFor(FieldType chosen) {
        boolean numeric = chosen != null && chosen.isNumeric();
        boolean textual = chosen != null && chosen.isTextual() && !chosen.hasOptions();
        min.setVisible(numeric);
        max.setVisible(numeric);
        minLength.setVisible(textual);
        maxLength.setVisible(textual);
        pattern.setVisible(textual);
        options.setVisible(chosen != null && chosen.hasOptions());
        unique.setVisible(chosen == null || chosen.canBeUnique());
        filterable.setVisible(chosen == null || chosen.canBeIndexed());
    }

    private void label(TextField input, String labelKey, String id) {
        input.setLabel(getTranslation(labelKey));
        input.setId(id);
    }

    private static String defaultText(Object value) {
        return value instanceof List<?> list ? String.join(",", list.stream().map(String::valueOf).toList())
                : String.valueOf(value);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
