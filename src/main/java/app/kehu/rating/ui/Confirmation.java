package app.kehu.rating.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** The rating screens' "are you sure?": texts already translated, Cancel (or its own text) to back out. */
final class Confirmation {

    private Confirmation() {
    }

    static void ask(String header, String text, String confirmText, boolean destructive, Runnable onConfirm) {
        ask(header, text, confirmText, null, destructive, onConfirm);
    }

    static void ask(String header, String text, String confirmText, String cancelText, boolean destructive,
            Runnable onConfirm) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(header);
        confirm.setText(text);
        confirm.setCancelable(true);
        confirm.setCancelText(cancelText == null ? confirm.getTranslation("common.cancel") : cancelText);
        confirm.setConfirmText(confirmText);
        if (destructive) {
            confirm.setConfirmButtonTheme("error primary");
        }
        confirm.addConfirmListener(event -> onConfirm.run());
        confirm.open();
    }
}
