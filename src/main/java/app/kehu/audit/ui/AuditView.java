package app.kehu.audit.ui;

import app.kehu.audit.AuditAction;
import app.kehu.audit.AuditEvent;
import app.kehu.audit.AuditQuery;
import app.kehu.audit.AuditService;
import app.kehu.audit.FieldChange;
import app.kehu.ui.DisplayTimes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The tenant's audit log for admins: who did what, when, with each field's before and after. */
@Route("audit")
@Menu(order = 9, icon = "vaadin:archive", title = "nav.audit")
@RolesAllowed("ADMIN")
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    private static final String ANY = "";

    private final AuditService audit;
    final Grid<AuditEvent> grid = new Grid<>();
    final TextField actor = new TextField();
    final Select<String> entity = new Select<>();
    final Select<String> action = new Select<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    private final ZoneId zone = ZoneId.systemDefault();
    /** Field labels by entity type, read once per refresh rather than once per row. */
    private final Map<String, Map<String, String>> labels = new HashMap<>();

    public AuditView(AuditService audit) {
        this.audit = audit;
        addClassName("view");
        setSizeFull();

        actor.setLabel(getTranslation("audit.actor"));
        actor.setClearButtonVisible(true);
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        entity.setLabel(getTranslation("audit.entity"));
        entity.setItems(ANY, "Customer", "User", "Field", "Section", "FieldPermission", "SavedView", "Interaction",
                "Purchase", "Feedback", "ServiceRequest", "CampaignParticipation", "ActivitySettings", "RatingRules");
        entity.setItemLabelGenerator(e -> e.isEmpty() ? getTranslation("audit.any") : getTranslation("entity." + e));
        entity.setValue(ANY);
        action.setLabel(getTranslation("audit.action"));
        action.setItems(ANY);
        for (AuditAction a : AuditAction.values()) {
            action.getListDataView().addItem(a.name());
        }
        action.setItemLabelGenerator(a -> a.isEmpty() ? getTranslation("audit.any") : getTranslation("audit.action." + a));
        action.setValue(ANY);
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        actor.addValueChangeListener(e -> refresh());
        entity.addValueChangeListener(e -> refresh());
        action.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(actor, entity, action, from, to);
        filters.setAlignItems(Alignment.BASELINE);
        filters.setWrap(true);

        DateTimeFormatter time = DisplayTimes.preciseMoment(getLocale());
        grid.addColumn(e -> time.format(e.getOccurredAt())).setHeader(getTranslation("audit.time")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEvent::getActorEmail).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("audit.action." + e.getAction().name()))
                .setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("entity." + e.getEntityType()) + " #" + e.getEntityId())
                .setHeader(getTranslation("audit.entity")).setAutoWidth(true);
        grid.addColumn(AuditEvent::getSummary).setHeader(getTranslation("audit.summary")).setAutoWidth(true);
        grid.addColumn(this::changedFields).setHeader(getTranslation("audit.changes")).setFlexGrow(1);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::changes));
        grid.setDetailsVisibleOnClick(true);
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.setSizeFull();
        grid.setItems(q -> audit.search(query(), q.getPage(), q.getPageSize()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, audit.count(query())));

        Span hint = new Span(getTranslation("audit.details-hint"));
        hint.addClassName("hint");
        add(new H2(getTranslation("nav.audit")), hint, filters, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit") + " · Kehu";
    }

    AuditQuery query() {
        LocalDate toDay = to.getValue();
        return new AuditQuery(actor.getValue(), entity.getValue().isEmpty() ? null : entity.getValue(),
                action.getValue().isEmpty() ? null : AuditAction.valueOf(action.getValue()),
                from.getValue() == null ? null : from.getValue().atStartOfDay(zone).toInstant(),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay(zone).toInstant());
    }

    private void refresh() {
        labels.clear();
        grid.getDataProvider().refreshAll();
    }

    /** The changed fields by name; their values open in the row's details. */
    private String changedFields(AuditEvent event) {
        return event.getChanges().stream().map(change -> fieldLabel(event, change))
                .collect(Collectors.joining(", "));
    }

    private Component changes(AuditEvent event) {
        Div lines = new Div();
        lines.addClassName("audit-changes");
        for (FieldChange change : event.getChanges()) {
            lines.add(new Div(fieldLabel(event, change) + ": " + text(change.before()) + " → "
                    + text(change.after())));
        }
        return lines;
    }

    /** Customer fields by the labels the admin gave them; everything else by its translation. */
    private String fieldLabel(AuditEvent event, FieldChange change) {
        Map<String, String> named = labels.computeIfAbsent(event.getEntityType(),
                type -> audit.fieldLabels(type, getLocale()));
        return named.getOrDefault(change.field(), getTranslation("field." + change.field()));
    }

    private static String text(String value) {
        return value == null ? "∅" : value;
    }
}
