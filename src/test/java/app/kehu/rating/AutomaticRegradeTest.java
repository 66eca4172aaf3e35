package app.kehu.rating;

import static app.kehu.rating.TestRules.scoring;
import static app.kehu.rating.TestRules.when;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import app.kehu.activity.BehaviourChanged;
import app.kehu.activity.MetricsRefreshed;
import app.kehu.customer.CustomerService;
import app.kehu.fields.FieldService;
import app.kehu.fields.FieldSettings;
import app.kehu.fields.FieldType;
import app.kehu.fields.NewField;
import app.kehu.fields.Section;
import app.kehu.security.Role;
import app.kehu.support.IntegrationTest;
import app.kehu.support.TestTenants.Company;
import app.kehu.tenancy.TenantRef;
import app.kehu.tenancy.TenantService;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** Grades follow the data: customer edits and behaviour data regrade at once, the daily refresh in the background. */
class AutomaticRegradeTest extends IntegrationTest {

    @Autowired
    RatingService rating;
    @Autowired
    CustomerService customers;
    @Autowired
    FieldService fields;
    @Autowired
    RatingFixtures fixtures;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void editingAFieldARuleUsesRegradesTheCustomerInTheSameSaveWithTheCauseInItsHistory() {
        Company company = tenants.signUp();
        String staff = tenants.addUser(company, Role.STAFF);
        runAs.run(company.admin(), () -> {
            fields.addField(new NewField("vip", FieldType.BOOLEAN, FieldSettings.of("贵宾", "VIP", Section.BASIC)));
            rating.publish(scoring(when("vip", Operator.IS_TRUE, 100)), "VIPs are A");
            fixtures.awaitRecompute();
        });
        runAs.run(staff, () -> {
            var created = customers.create(Map.of("name", "Plain"));
            assertThat(created.get("grade")).isEqualTo("C");
            var saved = customers.update(created.id(), created.version(), Map.of("vip", true));
            assertThat(saved.get("grade")).as("the saved customer already shows it").isEqualTo("A");
            assertThat(saved.version()).isEqualTo(created.version() + 1);
            assertThat(rating.history(created.id())).extracting(GradeHistoryEntry::from, GradeHistoryEntry::to,
                    GradeHistoryEntry::cause, GradeHistoryEntry::actorEmail).containsExactly(
                            tuple("C", "A", GradeCause.CUSTOMER_EDIT, staff),
                            tuple(null, "C", GradeCause.CUSTOMER_EDIT, staff));
            customers.bulkSet(List.of(created.id()), "vip", false);
            assertThat(customers.get(created.id()).get("grade")).isEqualTo("C");
            assertThat(customers.get(created.id()).version()).as("grading bumps no version")
                    .isEqualTo(saved.version() + 1);
        });
    }

    @Test
    void behaviourDataRegradesTheCustomerAndTheDailyRefreshRegradesEveryone() {
        Company company = tenants.signUp();
        TenantRef tenant = new TenantRef(company.tenantId(), TenantService.schemaFor(company.slug()));
        long first = runAs.call(company.admin(), () -> customers.create(Map.of("name", "First")).id());
        long second = runAs.call(company.admin(), () -> customers.create(Map.of("name", "Second")).id());
        fixtures.aggregates(company.slug(), first, "150000", 3);
        fixtures.aggregates(company.slug(), second, "60000", 2);

        runAs.run(company.admin(), () -> transaction.executeWithoutResult(
                status -> events.publishEvent(new BehaviourChanged(first))));
        assertThat(fixtures.grade(company.slug(), first)).isEqualTo("A");
        assertThat(fixtures.grade(company.slug(), second)).isEqualTo("D");

        events.publishEvent(new MetricsRefreshed(tenant));
        runAs.run(company.admin(), () -> {
            fixtures.awaitRecompute();
            assertThat(rating.history(first).getFirst().cause()).isEqualTo(GradeCause.BEHAVIOUR_DATA);
            assertThat(rating.history(second).getFirst().cause()).isEqualTo(GradeCause.DAILY_REFRESH);
        });
        assertThat(fixtures.grade(company.slug(), second)).isEqualTo("B");
    }
}
