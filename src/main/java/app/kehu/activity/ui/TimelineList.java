package app.kehu.activity.ui;

import app.kehu.activity.EntryKind;
import app.kehu.activity.TimelineEntry;
import app.kehu.ui.DisplayTimes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * All behaviour of a customer as one list, newest first: an icon and colour per kind, what happened, when and who
 * logged it. Those who may change behaviour can remove an entry (after confirming) and close an open request.
 */
class TimelineList extends Div {

    private final Locale locale;
    private final boolean editable;
    private final Consumer<TimelineEntry> onDelete;
    private final Consumer<TimelineEntry.ServiceRequest> onClose;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter times;

    TimelineList(Locale locale, boolean editable, Consumer<TimelineEntry> onDelete,
            Consumer<TimelineEntry.ServiceRequest> onClose) {
        this.locale = locale;
        this.editable = editable;
        this.onDelete = onDelete;
        this.onClose = onClose;
        this.dates = DisplayTimes.day(locale);
        this.times = DisplayTimes.dayAndTime(locale);
        addClassName("timeline");
        setId("timeline");
    }

    void show(List<TimelineEntry> entries) {
        removeAll();
        if (entries.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("activity.timeline.empty"));
            empty.addClassName("timeline-empty");
            add(empty);
            return;
        }
        entries.forEach(entry -> add(line(entry)));
    }

    private Component line(TimelineEntry entry) {
        Icon icon = icon(entry.kind()).create();
        icon.addClassName("timeline-icon");
        Div title = div("timeline-title", getTranslation(entry.kind().labelKey()) + " · " + headline(entry));
        Div body = new Div(title);
        body.addClassName("timeline-body");
        String detail = detail(entry);
        if (detail != null) {
            body.add(div("timeline-text", detail));
        }
        String when = entry instanceof TimelineEntry.Interaction i ? times.format(i.occurredAt())
                : dates.format(entry.day());
        body.add(div("timeline-meta", entry.by() == null ? when : when + " · " + entry.by()));
        Div line = new Div(icon, body);
        line.addClassNames("timeline-entry", "kind-" + entry.kind().name().toLowerCase().replace('_', '-'));
        if (editable) {
            line.add(actions(entry));
        }
        return line;
    }

    private String headline(TimelineEntry entry) {
        return switch (entry) {
            case TimelineEntry.Interaction i -> getTranslation(i.channel().labelKey());
            case TimelineEntry.Purchase p -> p.product() + " · " + FiguresCard.amount(p.amount(), locale);
            case TimelineEntry.Feedback f -> Stars.of(f.satisfaction());
            case TimelineEntry.ServiceRequest s -> s.topic();
            case TimelineEntry.Campaign c -> c.campaign();
        };
    }

    private String detail(TimelineEntry entry) {
        return switch (entry) {
            case TimelineEntry.Interaction i -> i.summary();
            case TimelineEntry.Purchase p -> p.channel() == null ? null
                    : getTranslation("activity.purchase.channel", p.channel());
            case TimelineEntry.Feedback f -> f.comment();
            case TimelineEntry.ServiceRequest s -> s.open() ? getTranslation("activity.request.open")
                    : getTranslation("activity.request.closed", dates.format(s.closedOn()));
            case TimelineEntry.Campaign c -> getTranslation(c.responded() ? "activity.campaign.responded"
                    : "activity.campaign.no-response");
        };
    }

    private Div actions(TimelineEntry entry) {
        Div actions = new Div();
        actions.addClassName("timeline-actions");
        if (entry instanceof TimelineEntry.ServiceRequest request && request.open()) {
            Button close = iconButton(VaadinIcon.CHECK, getTranslation("activity.request.close"));
            close.addClickListener(click -> onClose.accept(request));
            actions.add(close);
        }
        Button delete = iconButton(VaadinIcon.TRASH, getTranslation("activity.delete"));
        delete.addThemeVariants(ButtonVariant.ERROR);
        delete.addClickListener(click -> confirmDelete(entry));
        actions.add(delete);
        return actions;
    }

    private void confirmDelete(TimelineEntry entry) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("activity.delete.title"));
        confirm.setText(getTranslation("activity.delete.text", getTranslation(entry.kind().labelKey()),
                headline(entry)));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmText(getTranslation("activity.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> onDelete.accept(entry));
        confirm.open();
    }

    private static Button iconButton(VaadinIcon icon, String label) {
        Button button = new Button(icon.create());
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }

    private static Div div(String className, String text) {
        Div div = new Div(new Span(text));
        div.addClassName(className);
        return div;
    }

    static VaadinIcon icon(EntryKind kind) {
        return switch (kind) {
            case INTERACTION -> VaadinIcon.CHAT;
            case PURCHASE -> VaadinIcon.CART;
            case FEEDBACK -> VaadinIcon.STAR;
            case SERVICE_REQUEST -> VaadinIcon.WRENCH;
            case CAMPAIGN -> VaadinIcon.MEGAPHONE;
        };
    }
}
