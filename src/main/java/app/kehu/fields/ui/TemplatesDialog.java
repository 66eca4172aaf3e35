package app.kehu.fields.ui;

import app.kehu.fields.FieldService;
import app.kehu.fields.FieldTemplate;
import app.kehu.fields.NewField;
import app.kehu.fields.TemplatePreview;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.util.List;
import java.util.Map;

/**
 * Lists the ready-made templates; choosing one previews the fields it would add and those it skips because they
 * exist, and Apply adds them. A template with nothing left to add says so and cannot be applied.
 */
class TemplatesDialog extends DesignerDialog {

    final RadioButtonGroup<FieldTemplate> choice = new RadioButtonGroup<>();
    final Div preview = new Div();
    private final Button apply;

    TemplatesDialog(FieldService fields, Saved saved) {
        super(fields, saved);
        setHeaderTitle(getTranslation("fields.templates"));
        choice.setId("template-choice");
        choice.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        choice.setItems(fields.templates());
        choice.setItemLabelGenerator(t -> t.name(getLocale()) + " — " + t.description().in(getLocale()));
        choice.addValueChangeListener(e -> showPreview(e.getValue()));
        preview.setId("template-preview");
        add(choice, preview);
        apply = addSaveButton("apply-template", "fields.templates.apply");
        apply.setEnabled(false);
    }

    private void showPreview(FieldTemplate template) {
        preview.removeAll();
        apply.setEnabled(false);
        if (template == null) {
            return;
        }
        TemplatePreview plan = fields.previewTemplate(template.id());
        if (plan.addsNothing()) {
            Paragraph nothing = new Paragraph(getTranslation("fields.templates.nothing"));
            nothing.setId("template-nothing");
            preview.add(nothing);
        } else {
            apply.setEnabled(true);
            plan.sectionsToAdd().forEach(s -> preview.add(new Paragraph(
                    getTranslation("fields.templates.new-section", s.label().in(getLocale())))));
            preview.add(list("fields.templates.adds", "template-adds", plan.fieldsToAdd()));
        }
        if (!plan.fieldsSkipped().isEmpty()) {
            preview.add(list("fields.templates.skips", "template-skips", plan.fieldsSkipped()));
        }
    }

    private Div list(String titleKey, String id, List<NewField> fieldsListed) {
        UnorderedList items = new UnorderedList();
        items.setId(id);
        fieldsListed.forEach(f -> items.add(new ListItem(f.settings().label().in(getLocale()) + " ("
                + getTranslation("field-type." + f.type().name()) + ")")));
        return new Div(new H4(getTranslation(titleKey)), items);
    }

    @Override
    protected void change() {
        fields.applyTemplate(choice.getValue().id());
    }

    @Override
    protected Map<String, ? extends HasValidation> inputs() {
        return Map.of("template", choice);
    }
}
