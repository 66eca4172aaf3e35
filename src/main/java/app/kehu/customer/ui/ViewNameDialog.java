package app.kehu.customer.ui;

import app.kehu.common.ValidationException;
import app.kehu.ui.FormErrors;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;

/** Asks for a saved view's name, and, when saving a new one as an admin or manager, whether to share it. */
class ViewNameDialog extends Dialog {

    /** Saves under the name; the service's refusal (a blank or taken name) keeps the dialog open. */
    interface Action {
        void save(String name, boolean shared);
    }

    final TextField name = new TextField();
    final Checkbox shared = new Checkbox();

    ViewNameDialog(String title, String initialName, boolean offerSharing, Action action) {
        setHeaderTitle(title);
        name.setLabel(getTranslation("views.name"));
        name.setValue(initialName);
        name.setId("view-name");
        name.setWidthFull();
        shared.setLabel(getTranslation("views.share"));
        shared.setId("view-shared");
        shared.setVisible(offerSharing);
        add(name, shared);
        Button save = new Button(getTranslation("common.save"), click -> {
            try {
                action.save(name.getValue(), shared.getValue());
                close();
            } catch (ValidationException e) {
                FormErrors.show(this, e, Map.of("name", name));
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.setId("view-name-save");
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), save);
        name.focus();
    }
}
