package app.kehu.customer.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.function.BooleanSupplier;

/** A small dialog with Apply and Cancel; Apply closes it only if the action says it is done. */
class BulkDialog extends Dialog {

    private final Button apply = new Button();

    BulkDialog(String title) {
        setHeaderTitle(title);
        apply.setText(getTranslation("customers.bulk.apply"));
        apply.addThemeVariants(ButtonVariant.PRIMARY);
        apply.addClickShortcut(Key.ENTER);
        apply.setId("bulk-apply");
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), apply);
    }

    void onApply(BooleanSupplier action) {
        apply.addClickListener(click -> {
            if (action.getAsBoolean()) {
                close();
            }
        });
    }
}
