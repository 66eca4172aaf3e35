package app.kehu.fields.ui;

import app.kehu.fields.FieldService;
import app.kehu.fields.LocalizedText;
import app.kehu.fields.NewSection;
import app.kehu.fields.Section;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;

/** Adds a section (key and labels) or renames one (labels only). */
class SectionDialog extends DesignerDialog {

    final TextField key = new TextField();
    final TextField labelZh = new TextField();
    final TextField labelEn = new TextField();
    private final Section renaming;

    SectionDialog(FieldService fields, Section renaming, Saved saved) {
        super(fields, saved);
        this.renaming = renaming;
        setHeaderTitle(renaming == null ? getTranslation("sections.add")
                : getTranslation("sections.rename.title", renaming.label(getLocale())));
        key.setLabel(getTranslation("fields.key"));
        key.setHelperText(getTranslation("fields.key.help"));
        key.setId("section-key");
        labelZh.setLabel(getTranslation("fields.label-zh"));
        labelZh.setId("section-label-zh");
        labelEn.setLabel(getTranslation("fields.label-en"));
        labelEn.setId("section-label-en");
        if (renaming != null) {
            key.setValue(renaming.key());
            key.setReadOnly(true);
            labelZh.setValue(renaming.label().zh() == null ? "" : renaming.label().zh());
            labelEn.setValue(renaming.label().en() == null ? "" : renaming.label().en());
        }
        add(new FormLayout(key, labelZh, labelEn));
        addSaveButton("save-section", "common.save");
    }

    @Override
    protected void change() {
        LocalizedText label = new LocalizedText(labelZh.getValue(), labelEn.getValue());
        if (renaming == null) {
            fields.addSection(new NewSection(key.getValue(), label));
        } else {
            fields.renameSection(renaming.key(), renaming.version(), label);
        }
    }

    @Override
    protected Map<String, ? extends HasValidation> inputs() {
        return Map.of("key", key, "labelZh", labelZh, "labelEn", labelEn);
    }
}
