package app.kehu.fields.ui;

import app.kehu.fields.FieldDefinition;
import app.kehu.fields.FieldRules;
import app.kehu.fields.FieldService;
import app.kehu.fields.FieldSettings;
import app.kehu.fields.FieldType;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Changes a custom field's type. The field keeps its labels, help and section; rules and the default start
 * afresh, since they belong to the old type. The service refuses, naming the values, what would lose data.
 */
class ChangeTypeDialog extends DesignerDialog {

    final ComboBox<FieldType> type = new ComboBox<>();
    final OptionsEditor options = new OptionsEditor();
    private final FieldDefinition field;

    ChangeTypeDialog(FieldService fields, FieldDefinition field, Saved saved) {
        super(fields, saved);
        this.field = field;
        setHeaderTitle(getTranslation("fields.change-type.title", field.label(getLocale())));
        type.setLabel(getTranslation("fields.change-type.to"));
        type.setId("new-type");
        type.setWidthFull();
        type.setItems(Arrays.stream(FieldType.values())
                .filter(t -> t.isOfferedForCustomFields() && t != field.type()).toList());
        type.setItemLabelGenerator(t -> getTranslation("field-type." + t.name()));
        type.addValueChangeListener(e -> options.setVisible(e.getValue() != null && e.getValue().hasOptions()));
        options.setValue(field.options());
        options.setVisible(false);
        add(new Paragraph(getTranslation("fields.change-type.explain",
                getTranslation("field-type." + field.type().name()))), type, options);
        addSaveButton("save-type", "fields.change-type");
    }

    @Override
    protected void change() {
        FieldType target = type.getValue();
        FieldSettings before = field.settings();
        FieldSettings after = before.withRules(FieldRules.NONE).withDefault(null)
                .withOptions(target != null && target.hasOptions() ? options.getValue() : List.of())
                .withUnique(before.unique() && target != null && target.canBeUnique())
                .withFilterable(before.filterable() && target != null && target.canBeIndexed());
        fields.changeType(field.key(), field.version(), target, after);
    }

    @Override
    protected Map<String, ? extends HasValidation> inputs() {
        return Map.of("type", type, "options", options);
    }
}
