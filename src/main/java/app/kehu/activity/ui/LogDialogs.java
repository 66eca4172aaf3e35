package app.kehu.activity.ui;

import app.kehu.activity.ActivityService;
import app.kehu.activity.Channel;
import app.kehu.activity.EntryKind;
import app.kehu.activity.NewEntry;
import app.kehu.activity.TimelineEntry;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The dialogs that log each kind of behaviour for a customer, and the one that closes a service request. Days
 * start at today and times at now: most things are logged as they happen.
 */
final class LogDialogs {

    private final ActivityService activity;
    private final long customerId;
    private final Component ui;
    private final Runnable onSaved;

    LogDialogs(ActivityService activity, long customerId, Component ui, Runnable onSaved) {
        this.activity = activity;
        this.customerId = customerId;
        this.ui = ui;
        this.onSaved = onSaved;
    }

    FormDialog open(EntryKind kind) {
        FormDialog dialog = switch (kind) {
            case INTERACTION -> interaction();
            case PURCHASE -> purchase();
            case FEEDBACK -> feedback();
            case SERVICE_REQUEST -> serviceRequest();
            case CAMPAIGN -> campaign();
        };
        dialog.open();
        return dialog;
    }

    private FormDialog interaction() {
        DateTimePicker at = new DateTimePicker(t("activity.field.occurred-at"),
                LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES));
        Select<Channel> channel = new Select<>();
        channel.setLabel(t("activity.field.channel"));
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(c -> t(c.labelKey()));
        channel.setValue(Channel.CALL);
        TextArea summary = textArea("activity.field.summary", 2000);
        return dialog(EntryKind.INTERACTION, fields("occurredAt", at, "channel", channel, "summary", summary),
                () -> new NewEntry.Interaction(at.getValue() == null ? null
                        : at.getValue().atZone(ZoneId.systemDefault()).toInstant(), channel.getValue(),
                        summary.getValue()));
    }

    private FormDialog purchase() {
        DatePicker on = today("activity.field.purchased-on");
        BigDecimalField amount = new BigDecimalField(t("activity.field.amount"));
        TextField product = textField("activity.field.product", 200);
        TextField channel = textField("activity.field.purchase-channel", 100);
        return dialog(EntryKind.PURCHASE, fields("purchasedOn", on, "amount", amount, "product", product,
                "channel", channel), () -> new NewEntry.Purchase(on.getValue(), amount.getValue(), product.getValue(),
                channel.getValue()));
    }

    private FormDialog feedback() {
        DatePicker on = today("activity.field.received-on");
        Select<Integer> satisfaction = new Select<>();
        satisfaction.setLabel(t("activity.field.satisfaction"));
        satisfaction.setItems(5, 4, 3, 2, 1);
        satisfaction.setItemLabelGenerator(score -> Stars.of(score) + "  " + t("activity.satisfaction." + score));
        TextArea comment = textArea("activity.field.comment", 2000);
        return dialog(EntryKind.FEEDBACK, fields("receivedOn", on, "satisfaction", satisfaction, "comment", comment),
                () -> new NewEntry.Feedback(on.getValue(), satisfaction.getValue(), comment.getValue()));
    }

    private FormDialog serviceRequest() {
        DatePicker on = today("activity.field.opened-on");
        TextField topic = textField("activity.field.topic", 500);
        return dialog(EntryKind.SERVICE_REQUEST, fields("openedOn", on, "topic", topic),
                () -> new NewEntry.ServiceRequest(on.getValue(), topic.getValue()));
    }

    private FormDialog campaign() {
        TextField campaign = textField("activity.field.campaign", 200);
        DatePicker on = today("activity.field.participated-on");
        RadioButtonGroup<Boolean> responded = new RadioButtonGroup<>(t("activity.field.responded"));
        responded.setItems(true, false);
        responded.setItemLabelGenerator(yes -> t(yes ? "common.yes" : "common.no"));
        return dialog(EntryKind.CAMPAIGN, fields("campaign", campaign, "participatedOn", on, "responded", responded),
                () -> new NewEntry.Campaign(campaign.getValue(), on.getValue(), responded.getValue()));
    }

    /** Asks on which day the request was closed, today by default. */
    FormDialog close(TimelineEntry.ServiceRequest request) {
        DatePicker on = today("activity.field.closed-on");
        FormDialog dialog = new FormDialog(t("activity.request.close.title", request.topic()), fields("closedOn", on),
                () -> activity.closeServiceRequest(request.id(), on.getValue()), onSaved);
        dialog.open();
        return dialog;
    }

    private FormDialog dialog(EntryKind kind, Map<String, HasValidation> fields, Supplier<NewEntry> entry) {
        return new FormDialog(t("activity.log." + kind.name().toLowerCase()), fields,
                () -> activity.log(customerId, entry.get()), onSaved);
    }

    private static Map<String, HasValidation> fields(Object... keysAndFields) {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndFields.length; i += 2) {
            fields.put((String) keysAndFields[i], (HasValidation) keysAndFields[i + 1]);
        }
        return fields;
    }

    private DatePicker today(String labelKey) {
        return new DatePicker(t(labelKey), LocalDate.now());
    }

    private TextField textField(String labelKey, int maxLength) {
        TextField field = new TextField(t(labelKey));
        field.setMaxLength(maxLength);
        return field;
    }

    private TextArea textArea(String labelKey, int maxLength) {
        TextArea area = new TextArea(t(labelKey));
        area.setMaxLength(maxLength);
        return area;
    }

    private String t(String key, Object... args) {
        return ui.getTranslation(key, args);
    }
}
