package app.kehu.rating.ui;

import app.kehu.common.ValidationException;
import app.kehu.rating.RatingService;
import app.kehu.rating.RuleSet;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/**
 * Publishing asks once more, saying how many customers will change grade, and takes a note for the version
 * list. Rules the service refuses go back to the editor, which shows each problem at its node.
 */
final class PublishDialog extends Dialog {

    private final TextArea note = new TextArea();
    private final Button publish = new Button();

    PublishDialog(RatingService rating, RuleSet rules, long changing, Runnable onPublished,
            Consumer<ValidationException> onRefused) {
        setHeaderTitle(getTranslation("rating.publish.title"));
        Paragraph summary = new Paragraph(changing == 0 ? getTranslation("rating.preview.no-changes")
                : getTranslation("rating.preview.changed", changing));
        summary.setId("publish-summary");
        note.setLabel(getTranslation("rating.publish.note"));
        note.setPlaceholder(getTranslation("rating.publish.note-placeholder"));
        note.setMaxLength(500);
        note.setWidthFull();
        add(summary, note);

        publish.setText(getTranslation("rating.publish"));
        publish.setId("confirm-publish");
        publish.addThemeVariants(ButtonVariant.PRIMARY);
        publish.setDisableOnClick(true);
        publish.addClickListener(click -> {
            try {
                rating.publish(rules, note.getValue().trim());
                close();
                onPublished.run();
            } catch (ValidationException refused) {
                close();
                onRefused.accept(refused);
            }
        });
        Button cancel = new Button(getTranslation("common.cancel"), click -> close());
        getFooter().add(cancel, publish);
        setWidth("32em");
    }

    TextArea note() {
        return note;
    }
}
