package app.kehu.fields.ui;

import app.kehu.common.ConcurrentEditException;
import app.kehu.common.NotFoundException;
import app.kehu.common.ValidationException;
import app.kehu.fields.FieldService;
import app.kehu.ui.FormErrors;
import app.kehu.ui.Notifications;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import java.util.Map;

/**
 * A designer dialog that saves through the field service: a refusal shows next to the inputs it names, and a
 * change someone else made meanwhile is said plainly at the top, with nothing saved.
 */
abstract class DesignerDialog extends Dialog {

    /** What the designer does after a successful change: reload what it shows. */
    interface Saved {
        void afterSave();
    }

    protected final FieldService fields;
    private final Span conflict = new Span();
    private final Saved saved;

    DesignerDialog(FieldService fields, Saved saved) {
        this.fields = fields;
        this.saved = saved;
        conflict.addClassName("conflict-message");
        conflict.setId("designer-conflict");
        conflict.setVisible(false);
        add(conflict);
        setWidth("min(56rem, 95vw)");
    }

    /** Adds Cancel and a primary save button with the id and label given. */
    protected Button addSaveButton(String id, String labelKey) {
        Button save = new Button(getTranslation(labelKey), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId(id);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), save);
        return save;
    }

    /** The change itself, calling the service; throws its refusal. */
    protected abstract void change();

    /** The inputs the service's errors name. */
    protected abstract Map<String, ? extends HasValidation> inputs();

    void save() {
        conflict.setVisible(false);
        try {
            change();
            FormErrors.clear(inputs());
            close();
            Notifications.success(getTranslation("fields.saved"));
            saved.afterSave();
        } catch (ValidationException e) {
            FormErrors.show(this, e, inputs());
        } catch (ConcurrentEditException | NotFoundException e) {
            conflict.setText(getTranslation("fields.conflict"));
            conflict.setVisible(true);
            saved.afterSave();
        }
    }
}
