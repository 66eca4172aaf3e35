package app.kehu.rating.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import app.kehu.customer.Customer;
import app.kehu.customer.CustomerService;
import app.kehu.fields.FieldAccess;
import app.kehu.fields.FieldPermissionService;
import app.kehu.rating.GradeHistoryEntry;
import app.kehu.security.Role;
import app.kehu.support.KaribuTest;
import app.kehu.support.TestTenants.Company;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The grade part of a customer's page: the grade and why, its history, and a manager's grade set by hand. */
class GradeSectionTest extends KaribuTest {

    @Autowired
    RatingUiFixture fixture;
    @Autowired
    GradeSection section;
    @Autowired
    CustomerService customerService;
    @Autowired
    FieldPermissionService permissions;

    Company company;
    long bigSpender;

    @BeforeEach
    void gradedCustomers() {
        company = tenants.signUp();
        bigSpender = fixture.customersWithSpend(company, Map.of("Big Spender Ltd", 250_000, "Small Shop", 800))
                .get("Big Spender Ltd");
        fixture.publish(company, fixture.bySpend(company), "by spend");
    }

    @Test
    void showsTheGradeWhyAndItsHistory() {
        GradePanel panel = open(company.admin());

        assertThat(_get(panel.summary(), Span.class, spec -> spec.withClasses("rating-grade-chip")).getText())
                .isEqualTo("A");
        assertThat(_get(panel.summary(), Span.class, spec -> spec.withClasses("rating-grade-facts")).getText())
                .isEqualTo(t("rating.grade.facts", "60", 2));
        assertThat(_find(panel.reasons(), Span.class, spec -> spec.withClasses("rating-reason-points")))
                .extracting(Span::getText).contains("+60");
        assertThat(_find(panel.reasons(), Span.class, spec -> spec.withClasses("rating-reason-actual")))
                .extracting(Span::getText).contains(t("rating.explain.actual", "250000"));
        assertThat(_find(panel.reasons(), Span.class, spec -> spec.withClasses("rating-reason-text")))
                .extracting(Span::getText).contains(spendLabel() + " " + t("rating.operator.AT_LEAST") + " 100000");
        assertThat(panel.decision().getText()).isEqualTo(t("rating.explain.total", "60") + " "
                + t("rating.explain.band", "A", bandLabel("A"), "50"));
        GradeHistoryEntry latest = _findAll(panel.history()).getFirst();
        assertThat(latest.to()).isEqualTo("A");
        assertThat(latest.version()).isEqualTo(2);
        assertThat(_getFormatted(panel.history(), 0, "cause")).isEqualTo(t("rating.cause.publish"));
    }

    @Test
    void aManagerSetsTheGradeByHandAndGivesItBack() {
        GradePanel panel = open(tenants.addUser(company, Role.MANAGER));

        _click(panel.overrideButton());
        OverrideGradeDialog dialog = _get(OverrideGradeDialog.class);
        _setValue(dialog.grade(), "C");
        _setValue(dialog.reason(), "Payment disputes");
        click("override-apply");
        _fireConfirm(_get(ConfirmDialog.class));

        expectNotifications(t("rating.override.done", "C"));
        assertThat(_get(panel.summary(), Span.class, spec -> spec.withClasses("rating-grade-chip")).getText())
                .isEqualTo("C");
        assertThat(panel.decision().getText()).contains(t("rating.explain.manual", "C"));
        assertThat(_findAll(panel.history())).extracting(GradeHistoryEntry::to).contains("A", "C");

        _click(panel.overrideButton());
        click("override-back-to-rules");
        _fireConfirm(_get(ConfirmDialog.class));
        assertThat(_get(panel.summary(), Span.class, spec -> spec.withClasses("rating-grade-chip")).getText())
                .isEqualTo("A");
    }

    @Test
    void staffSeeTheGradeButCannotOverrideItNorReadAHiddenValue() {
        String staff = tenants.addUser(company, Role.STAFF);
        runAs.run(company.admin(), () -> {
            customerService.update(bigSpender, customerService.get(bigSpender).version(),
                    Map.of("owner", ownerId(staff)));
            permissions.set(RatingUiFixture.SPEND, Role.STAFF, FieldAccess.HIDDEN, false);
        });

        GradePanel panel = open(staff);

        assertThat(panel.overrideButton().isVisible()).isFalse();
        assertThat(_get(panel.summary(), Span.class, spec -> spec.withClasses("rating-grade-chip")).getText())
                .isEqualTo("A");
        assertThat(_find(panel.reasons(), Span.class, spec -> spec.withClasses("rating-reason-actual")))
                .extracting(Span::getText).contains(t("rating.explain.actual", t("rating.explain.hidden")))
                .doesNotContain(t("rating.explain.actual", "250000"));
        assertThat(_find(panel.reasons(), Span.class, spec -> spec.withClasses("rating-reason-text")))
                .as("staff read the reasons by the field's label, as admins do").extracting(Span::getText)
                .contains(spendLabel() + " " + t("rating.operator.AT_LEAST") + " 100000");
    }

    private static String spendLabel() {
        return "zh".equals(UI.getCurrent().getLocale().getLanguage()) ? "消费额" : "Spend";
    }

    private String bandLabel(String grade) {
        return fixture.bySpend(company).bands().stream().filter(band -> band.grade().equals(grade))
                .map(band -> GradeChip.label(band, UI.getCurrent().getLocale())).findFirst().orElseThrow();
    }

    /** The section as the customer page shows it, for this user. */
    private GradePanel open(String email) {
        login(email);
        Customer customer = runAs.call(email, () -> customerService.get(bigSpender));
        GradePanel panel = (GradePanel) section.create(customer);
        UI.getCurrent().add(panel);
        return panel;
    }

    private long ownerId(String email) {
        return jdbc.template().queryForObject("SELECT id FROM kehu.app_user WHERE lower(email) = lower(?)",
                Long.class, email);
    }
}
