package app.kehu.activity.ui;

import app.kehu.activity.ActivityService;
import app.kehu.activity.ActivitySettings;
import app.kehu.common.ConcurrentEditException;
import app.kehu.common.ValidationException;
import app.kehu.ui.FormErrors;
import app.kehu.ui.Notifications;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where admins set the lifecycle windows and the review period. Saving moves every customer's stage to the new
 * windows at once, so the view says so.
 */
@Route("settings/activity")
@Menu(order = 7.5, icon = "vaadin:calendar-clock", title = "nav.activity-settings")
@RolesAllowed("ADMIN")
public class ActivitySettingsView extends VerticalLayout implements HasDynamicTitle {

    private final ActivityService activity;
    private final Map<String, IntegerField> fields = new LinkedHashMap<>();
    private ActivitySettings loaded;

    public ActivitySettingsView(ActivityService activity) {
        this.activity = activity;
        addClassName("view");
        FormLayout form = new FormLayout();
        for (String key : new String[] {"newDays", "activeDays", "churnDays", "reviewDays"}) {
            IntegerField field = new IntegerField(getTranslation("field." + key));
            field.setHelperText(getTranslation("activity.settings.help." + key));
            field.setSuffixComponent(new Span(getTranslation("activity.settings.days")));
            field.setStepButtonsVisible(true);
            field.setMin(1);
            field.setId("setting-" + key);
            fields.put(key, field);
            form.add(field);
        }
        Button save = new Button(getTranslation("common.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.setId("save-settings");
        Paragraph hint = new Paragraph(getTranslation("activity.settings.hint"));
        hint.addClassName("hint");
        add(new H2(getTranslation("nav.activity-settings")), hint, form, save);
        load(activity.settings());
    }

    private void load(ActivitySettings settings) {
        loaded = settings;
        fields.get("newDays").setValue(settings.newDays());
        fields.get("activeDays").setValue(settings.activeDays());
        fields.get("churnDays").setValue(settings.churnDays());
        fields.get("reviewDays").setValue(settings.reviewDays());
        FormErrors.clear(fields);
    }

    private void save() {
        try {
            load(activity.updateSettings(new ActivitySettings(value("newDays"), value("activeDays"),
                    value("churnDays"), value("reviewDays"), loaded.version())));
            Notifications.success(getTranslation("activity.settings.saved"));
        } catch (ValidationException e) {
            FormErrors.show(this, e, fields);
        } catch (ConcurrentEditException e) {
            Notifications.error(getTranslation("activity.settings.conflict"));
            load(activity.settings());
        }
    }

    /** An empty field is 0 days, which the service refuses with "at least 1". */
    private int value(String key) {
        Integer value = fields.get(key).getValue();
        return value == null ? 0 : value;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.activity-settings") + " · Kehu";
    }
}
