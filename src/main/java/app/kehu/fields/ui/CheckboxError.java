package app.kehu.fields.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;

/** Shows a service's error about a flag as the checkbox's helper text, since a checkbox has no error slot. */
final class CheckboxError implements HasValidation {

    private final Checkbox checkbox;
    private String message;
    private boolean invalid;

    CheckboxError(Checkbox checkbox) {
        this.checkbox = checkbox;
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        message = errorMessage;
        show();
    }

    @Override
    public String getErrorMessage() {
        return message;
    }

    @Override
    public void setInvalid(boolean invalid) {
        this.invalid = invalid;
        show();
    }

    @Override
    public boolean isInvalid() {
        return invalid;
    }

    private void show() {
        checkbox.setHelperText(invalid ? message : null);
        checkbox.getStyle().set("--vaadin-input-field-helper-color", invalid ? "var(--lumo-error-text-color)" : null);
    }
}
