package app.kehu.activity.ui;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt.selectByLabel;
import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.kehu.activity.ActivityService;
import app.kehu.activity.FollowUp;
import app.kehu.activity.StaleCustomer;
import app.kehu.customer.CustomerService;
import app.kehu.customer.ui.CustomerPageView;
import app.kehu.security.Role;
import app.kehu.support.KaribuTest;
import app.kehu.support.TestTenants;
import app.kehu.support.TestTenants.Company;
import app.kehu.tenancy.TenantRef;
import app.kehu.tenancy.TenantService;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The follow-up list of a salesperson and the list of customers to review. */
class FollowUpsViewTest extends KaribuTest {

    @Autowired
    CustomerService customers;
    @Autowired
    ActivityService activity;

    Company company;
    String staff;
    long overdue;
    long dueToday;

    @BeforeEach
    void staffWithFollowUps() {
        company = tenants.signUp();
        staff = tenants.addUser(company, Role.STAFF);
        runAs.run(staff, () -> {
            overdue = customers.create(Map.of("name", "王芳")).id();
            dueToday = customers.create(Map.of("name", "张伟")).id();
            long later = customers.create(Map.of("name", "刘洋")).id();
            activity.setNextFollowUp(dueToday, LocalDate.now());
            activity.setNextFollowUp(later, LocalDate.now().plusDays(5));
        });
        jdbc.template().update("UPDATE " + customerTable() + " SET next_follow_up_on = ? WHERE id = ?",
                LocalDate.now().minusDays(2), overdue);
    }

    @Test
    @SuppressWarnings("unchecked")
    void staffSeeTheirDueFollowUpsOverdueFirstAndHighlightedAndOpenTheCustomerFromThere() {
        login(staff);
        navigate(FollowUpsView.class);
        Grid<FollowUp> grid = _get(Grid.class);

        assertThat(_findAll(grid)).extracting(FollowUp::customerName).containsExactly("王芳", "张伟");
        Span due = (Span) _getCellComponent(grid, 0, "due");
        assertThat(due.getClassNames()).contains("follow-up-overdue");
        assertThat(due.getText()).endsWith(t("activity.follow-ups.overdue"));
        assertThat(((Span) _getCellComponent(grid, 1, "due")).getClassNames()).contains("follow-up-due");
        _assertNone(ComboBox.class, spec -> spec.withId("follow-up-staff"));

        _clickItem(grid, 1);
        assertView(CustomerPageView.class);
        assertThat(_get(H2.class, spec -> spec.withText("张伟"))).isNotNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void managersPickAStaffMemberToSeeTheirFollowUps() {
        login(tenants.addUser(company, Role.MANAGER));
        navigate(FollowUpsView.class);
        Grid<FollowUp> grid = _get(Grid.class);
        assertThat(_findAll(grid)).as("the manager's own: none").isEmpty();

        selectByLabel(byId(ComboBox.class, "follow-up-staff"), TestTenants.displayName(Role.STAFF, staff));

        assertThat(_findAll(grid)).extracting(FollowUp::customerId).containsExactly(overdue, dueToday);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theReviewListShowsCustomersLeftAloneLongerThanTheAdminsPeriod() {
        jdbc.template().update("UPDATE " + customerTable() + " SET updated_at = ? WHERE id = ?",
                Timestamp.from(Instant.now().minus(40, ChronoUnit.DAYS)), overdue);
        login(staff);
        navigate(ReviewView.class);

        Grid<StaleCustomer> grid = _get(Grid.class);
        assertThat(_findAll(grid)).extracting(StaleCustomer::customerName).containsExactly("王芳");
        assertThat(byId(Paragraph.class, "review-hint").getText())
                .isEqualTo(t("activity.review.hint", 30, 1));
    }

    private String customerTable() {
        return new TenantRef(company.tenantId(), TenantService.schemaFor(company.slug())).table("customer");
    }
}
