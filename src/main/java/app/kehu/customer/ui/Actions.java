package app.kehu.customer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The small building blocks every action of the customer table uses, so they look and read alike. */
final class Actions {

    private Actions() {
    }

    /** An icon-only button; its label is what screen readers say and what the tooltip shows. */
    static Button icon(VaadinIcon icon, String label, Runnable action, ButtonVariant... variants) {
        Button button = new Button(icon.create(), click -> action.run());
        button.addThemeVariants(variants.length == 0 ? new ButtonVariant[] {ButtonVariant.TERTIARY} : variants);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }

    /** Asks before something that cannot be undone; the confirm button says what will happen. */
    static void confirmDestructive(Component from, String header, String text, String confirmText, Runnable action) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(header);
        confirm.setText(text);
        confirm.setCancelable(true);
        confirm.setCancelText(from.getTranslation("common.cancel"));
        confirm.setConfirmText(confirmText);
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> action.run());
        confirm.open();
    }
}
