package app.kehu.activity.ui;

import app.kehu.activity.ActivityService;
import app.kehu.activity.EntryKind;
import app.kehu.activity.TimelineEntry;
import app.kehu.common.ConcurrentEditException;
import app.kehu.common.NotFoundException;
import app.kehu.common.ValidationException;
import app.kehu.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * A customer's behaviour on their page: the figures with the next follow-up, buttons to log each kind of
 * behaviour, and the timeline. After every change the figures and the timeline are read again, so what the page
 * shows is what was saved.
 */
class BehaviourPanel extends VerticalLayout {

    private final ActivityService activity;
    private final long customerId;
    private final FiguresCard figures;
    private final TimelineList timeline;
    private final DatePicker followUp = new DatePicker();
    private final LogDialogs dialogs;

    BehaviourPanel(ActivityService activity, long customerId) {
        this.activity = activity;
        this.customerId = customerId;
        boolean canLog = activity.canLog();
        addClassName("behaviour-panel");
        setPadding(false);
        dialogs = new LogDialogs(activity, customerId, this, this::refresh);
        figures = new FiguresCard(getLocale());
        timeline = new TimelineList(getLocale(), canLog, this::delete, dialogs::close);

        followUp.setLabel(getTranslation("activity.follow-up"));
        followUp.setId("next-follow-up");
        followUp.setClearButtonVisible(true);
        followUp.setReadOnly(!activity.canSetFollowUp());
        followUp.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                saveFollowUp();
            }
        });

        H3 title = new H3(getTranslation("activity.title"));
        HorizontalLayout overview = new HorizontalLayout(figures, followUp);
        overview.setWidthFull();
        overview.setFlexGrow(1, figures);
        add(title, overview);
        if (canLog) {
            HorizontalLayout buttons = new HorizontalLayout();
            buttons.setWrap(true);
            buttons.addClassName("log-buttons");
            for (EntryKind kind : EntryKind.values()) {
                Button log = new Button(getTranslation("activity.log." + kind.name().toLowerCase()),
                        TimelineList.icon(kind).create(), click -> dialogs.open(kind));
                log.setId("log-" + kind.name().toLowerCase().replace('_', '-'));
                buttons.add(log);
            }
            add(buttons);
        }
        H3 timelineTitle = new H3(getTranslation("activity.timeline"));
        add(timelineTitle, timeline);
        refresh();
    }

    private void refresh() {
        var aggregates = activity.aggregates(customerId);
        figures.show(aggregates);
        followUp.setVisible(aggregates.shows("nextFollowUp"));
        followUp.setValue(aggregates.nextFollowUp());
        followUp.setInvalid(false);
        timeline.show(activity.timeline(customerId));
    }

    private void saveFollowUp() {
        try {
            activity.setNextFollowUp(customerId, followUp.getValue());
            Notifications.success(getTranslation("activity.follow-up.saved"));
            refresh();
        } catch (ValidationException e) {
            followUp.setErrorMessage(getTranslation(e.errors().getFirst().messageKey()));
            followUp.setInvalid(true);
        } catch (ConcurrentEditException e) {
            Notifications.error(getTranslation("customers.conflict"));
            refresh();
        }
    }

    private void delete(TimelineEntry entry) {
        try {
            activity.delete(entry.kind(), entry.id());
            Notifications.success(getTranslation("activity.deleted"));
        } catch (NotFoundException e) {
            Notifications.error(getTranslation("activity.deleted-meanwhile"));
        }
        refresh();
    }
}
