package app.kehu.ui;

import app.kehu.common.FieldError;
import app.kehu.common.ValidationException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import java.util.Map;

/** Shows a service's validation errors next to the fields they name. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }

    public static void show(Component view, ValidationException e, Map<String, ? extends HasValidation> fields) {
        clear(fields);
        for (FieldError error : e.errors()) {
            String message = view.getTranslation(error.messageKey(), error.args().toArray());
            HasValidation field = fields.get(error.field());
            if (field == null) {
                Notifications.error(message);
            } else {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        }
        fields.entrySet().stream().filter(entry -> entry.getValue().isInvalid()).findFirst()
                .filter(entry -> entry.getValue() instanceof Focusable<?>)
                .ifPresent(entry -> ((Focusable<?>) entry.getValue()).focus());
    }
}
