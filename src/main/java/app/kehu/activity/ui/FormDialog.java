package app.kehu.activity.ui;

import app.kehu.common.ValidationException;
import app.kehu.ui.FormErrors;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;

/**
 * A small form in a dialog whose save goes to the service: the service's validation errors appear next to the
 * fields, and the dialog closes only when the save went through. Enter saves, Escape cancels.
 */
class FormDialog extends Dialog {

    /** What saving does; it may refuse with a {@link ValidationException}. */
    interface Save {
        void run();
    }

    FormDialog(String title, Map<String, ? extends HasValidation> fields, Save save, Runnable onSaved) {
        setHeaderTitle(title);
        setWidth("min(32rem, 95vw)");
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        fields.forEach((key, field) -> {
            Component component = (Component) field;
            component.setId("entry-" + key);
            form.add(component);
        });
        add(form);
        Button ok = new Button(getTranslation("common.save"), click -> {
            try {
                save.run();
                close();
                onSaved.run();
            } catch (ValidationException e) {
                FormErrors.show(this, e, fields);
            }
        });
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        // Enter in a text area starts a new line; only forms without one save on Enter.
        if (fields.values().stream().noneMatch(TextArea.class::isInstance)) {
            ok.addClickShortcut(Key.ENTER);
        }
        ok.setId("save-entry");
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), ok);
    }
}
