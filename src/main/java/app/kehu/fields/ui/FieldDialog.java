package app.kehu.fields.ui;

import app.kehu.fields.FieldDefinition;
import app.kehu.fields.FieldService;
import app.kehu.fields.NewField;
import com.vaadin.flow.component.HasValidation;
import java.util.Map;

/** Adds a custom field, or edits one's settings (a built-in's labels, help and section only). */
class FieldDialog extends DesignerDialog {

    final FieldForm form;
    private final FieldDefinition editing;

    private FieldDialog(FieldService fields, FieldDefinition editing, Saved saved) {
        super(fields, saved);
        this.editing = editing;
        this.form = new FieldForm(fields.sections());
        add(form);
        addSaveButton("save-field", "common.save");
    }

    static FieldDialog adding(FieldService fields, Saved saved) {
        FieldDialog dialog = new FieldDialog(fields, null, saved);
        dialog.setHeaderTitle(dialog.getTranslation("fields.add"));
        return dialog;
    }

    static FieldDialog editing(FieldService fields, FieldDefinition field, Saved saved) {
        FieldDialog dialog = new FieldDialog(fields, field, saved);
        dialog.setHeaderTitle(dialog.getTranslation("fields.edit", field.label(dialog.getLocale())));
        dialog.form.show(field);
        return dialog;
    }

    @Override
    protected void change() {
        if (editing == null) {
            fields.addField(new NewField(form.key.getValue(), form.type.getValue(), form.settings()));
        } else {
            fields.updateField(editing.key(), editing.version(), form.settings());
        }
    }

    @Override
    protected Map<String, ? extends HasValidation> inputs() {
        return form.inputs();
    }
}
