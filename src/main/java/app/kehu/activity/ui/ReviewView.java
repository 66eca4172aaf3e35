package app.kehu.activity.ui;

import app.kehu.activity.ActivityService;
import app.kehu.activity.StaleCustomer;
import app.kehu.customer.ui.CustomerPageView;
import app.kehu.ui.DisplayTimes;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;

/**
 * Customers nobody edited or contacted for the days the admin set, the longest forgotten first: staff see their
 * own, managers and admins everyone's. A click opens the customer's page.
 */
@Route("review")
@Menu(order = 3, icon = "vaadin:hourglass", title = "nav.review")
@RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
public class ReviewView extends VerticalLayout implements HasDynamicTitle {

    final Grid<StaleCustomer> grid = new Grid<>();

    public ReviewView(ActivityService activity) {
        addClassName("view");
        setSizeFull();
        long count = activity.countStaleCustomers();
        Paragraph hint = new Paragraph(getTranslation("activity.review.hint", activity.reviewDays(), count));
        hint.addClassName("hint");
        hint.setId("review-hint");
        DateTimeFormatter times = DisplayTimes.moment(getLocale());
        grid.addColumn(StaleCustomer::customerName).setHeader(getTranslation("activity.follow-ups.customer"))
                .setKey("customer").setFlexGrow(1);
        grid.addColumn(StaleCustomer::ownerName).setHeader(getTranslation("activity.review.owner")).setKey("owner")
                .setWidth("12rem").setFlexGrow(0);
        grid.addColumn(s -> times.format(s.lastTouchedAt())).setHeader(getTranslation("activity.review.touched"))
                .setKey("touched").setWidth("12rem").setFlexGrow(0);
        grid.addColumn(s -> getTranslation("activity.figure.days", s.daysUntouched()))
                .setHeader(getTranslation("activity.review.days")).setKey("days").setWidth("8rem").setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("activity.review.empty"));
        grid.addItemClickListener(e -> CustomerPageView.open(e.getItem().customerId()));
        grid.setItems(query -> activity.staleCustomers(query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, activity.countStaleCustomers()));
        grid.setSizeFull();
        add(new H2(getTranslation("nav.review")), hint, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.review") + " · Kehu";
    }
}
