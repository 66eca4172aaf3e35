package app.kehu.activity.ui;

import app.kehu.activity.ActivityService;
import app.kehu.activity.FollowUp;
import app.kehu.customer.ui.CustomerPageView;
import app.kehu.security.UserSummary;
import app.kehu.ui.DisplayTimes;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;

/**
 * The customers a salesperson should follow up today or should have already, the longest overdue first. Managers
 * and admins can look at any staff member's list. A click opens the customer's page.
 */
@Route("follow-ups")
@Menu(order = 2, icon = "vaadin:bell", title = "nav.follow-ups")
@RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
public class FollowUpsView extends VerticalLayout implements HasDynamicTitle {

    private final ActivityService activity;
    final Grid<FollowUp> grid = new Grid<>();
    private final DateTimeFormatter dates;
    private Long staffMember;

    public FollowUpsView(ActivityService activity) {
        this.activity = activity;
        addClassName("view");
        setSizeFull();
        add(new H2(getTranslation("nav.follow-ups")));
        if (activity.canPickStaff()) {
            ComboBox<UserSummary> staff = new ComboBox<>(getTranslation("activity.follow-ups.staff"));
            staff.setItems(activity.staff());
            staff.setItemLabelGenerator(UserSummary::displayName);
            staff.setPlaceholder(getTranslation("activity.follow-ups.mine"));
            staff.setClearButtonVisible(true);
            staff.setId("follow-up-staff");
            staff.addValueChangeListener(e -> {
                staffMember = e.getValue() == null ? null : e.getValue().id();
                refresh();
            });
            add(staff);
        }
        dates = DisplayTimes.day(getLocale());
        DateTimeFormatter times = DisplayTimes.moment(getLocale());
        grid.addColumn(FollowUp::customerName).setHeader(getTranslation("activity.follow-ups.customer"))
                .setKey("customer").setFlexGrow(1);
        grid.addComponentColumn(this::due).setHeader(getTranslation("activity.follow-ups.due")).setKey("due")
                .setWidth("14rem").setFlexGrow(0);
        grid.addColumn(f -> f.lastContactAt() == null ? getTranslation("activity.follow-ups.never")
                : times.format(f.lastContactAt())).setHeader(getTranslation("activity.figure.last-contact"))
                .setKey("lastContact").setWidth("12rem").setFlexGrow(0);
        grid.setPartNameGenerator(f -> f.overdue() ? "overdue" : null);
        grid.setEmptyStateText(getTranslation("activity.follow-ups.empty"));
        grid.addItemClickListener(e -> CustomerPageView.open(e.getItem().customerId()));
        grid.setSizeFull();
        add(grid);
        refresh();
    }

    private Span due(FollowUp followUp) {
        Span due = new Span(dates.format(followUp.dueOn()) + (followUp.overdue()
                ? " · " + getTranslation("activity.follow-ups.overdue") : ""));
        due.addClassName(followUp.overdue() ? "follow-up-overdue" : "follow-up-due");
        return due;
    }

    private void refresh() {
        grid.setItems(activity.dueFollowUps(staffMember));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.follow-ups") + " · Kehu";
    }
}
