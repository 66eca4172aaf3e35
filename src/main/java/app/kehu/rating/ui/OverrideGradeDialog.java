package app.kehu.rating.ui;

import app.kehu.common.ValidationException;
import app.kehu.rating.RatingService;
import app.kehu.ui.FormErrors;
import app.kehu.ui.Notifications;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;

/**
 * A manager sets a customer's grade by hand, with a reason, or gives the customer back to the rules. Either is
 * confirmed first, since the grade then stops (or starts again) following the rules.
 */
final class OverrideGradeDialog extends Dialog {

    static final List<String> GRADES = List.of("A", "B", "C", "D");

    private final RatingService rating;
    private final long customerId;
    private final Runnable onChanged;
    private final Select<String> grade = new Select<>();
    private final TextArea reason = new TextArea();

    OverrideGradeDialog(RatingService rating, long customerId, String manualGrade, Runnable onChanged) {
        this.rating = rating;
        this.customerId = customerId;
        this.onChanged = onChanged;
        setHeaderTitle(getTranslation("rating.override.title"));
        setId("override-dialog");
        grade.setLabel(getTranslation("rating.override.grade"));
        grade.setItems(GRADES);
        grade.setValue(manualGrade);
        grade.setId("override-grade-select");
        reason.setLabel(getTranslation("rating.override.reason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setId("override-reason");
        Paragraph hint = new Paragraph(getTranslation(manualGrade == null ? "rating.override.hint"
                : "rating.override.hint-manual", manualGrade));
        hint.addClassName("rating-hint");
        add(hint, grade, reason);

        Button apply = new Button(getTranslation("rating.override.apply"), click -> confirmChosenGrade());
        apply.setId("override-apply");
        apply.addThemeVariants(ButtonVariant.PRIMARY);
        Button backToRules = new Button(getTranslation("rating.override.back-to-rules"), click -> confirm(null));
        backToRules.setId("override-back-to-rules");
        backToRules.setVisible(manualGrade != null);
        Button cancel = new Button(getTranslation("common.cancel"), click -> close());
        getFooter().add(cancel, backToRules, apply);
        setWidth("28em");
    }

    private void confirmChosenGrade() {
        grade.setInvalid(grade.isEmpty());
        grade.setErrorMessage(grade.isEmpty() ? getTranslation("rating.override.choose-grade") : null);
        if (!grade.isEmpty()) {
            confirm(grade.getValue());
        }
    }

    /** @param chosen the grade to set, or null to give the customer back to the rules */
    private void confirm(String chosen) {
        boolean back = chosen == null;
        Confirmation.ask(getTranslation(back ? "rating.override.back.title" : "rating.override.confirm.title", chosen),
                getTranslation(back ? "rating.override.back.text" : "rating.override.confirm.text", chosen),
                getTranslation(back ? "rating.override.back-to-rules" : "rating.override.apply"), false,
                () -> apply(chosen));
    }

    private void apply(String chosen) {
        try {
            rating.overrideGrade(customerId, chosen, reason.getValue().trim());
            close();
            Notifications.success(getTranslation(chosen == null ? "rating.override.back.done"
                    : "rating.override.done", chosen));
            onChanged.run();
        } catch (ValidationException refused) {
            Map<String, HasValidation> fields = Map.of("grade", grade, "reason", reason);
            FormErrors.show(this, refused, fields);
        }
    }

    Select<String> grade() {
        return grade;
    }

    TextArea reason() {
        return reason;
    }
}
