package app.kehu.rating;

import static app.kehu.rating.TestRules.scoring;
import static app.kehu.rating.TestRules.when;
import static org.assertj.core.api.Assertions.assertThat;

import app.kehu.customer.CustomerService;
import app.kehu.support.IntegrationTest;
import app.kehu.support.TestTenants.Company;
import app.kehu.tenancy.TenantService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** A recompute that a crash interrupted resumes at start-up where its last batch ended, and finishes correctly. */
class RecomputeResumeTest extends IntegrationTest {

    private static final int CUSTOMERS = 40;

    @Autowired
    RatingService rating;
    @Autowired
    CustomerService customers;
    @Autowired
    RatingFixtures fixtures;
    @Autowired
    RatingStartup startup;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void aJobLeftRunningMidwayIsFinishedAtStartUpAndEveryCustomerEndsOnExactlyOneVersion() {
        Company company = tenants.signUp();
        List<Long> ids = new ArrayList<>();
        runAs.run(company.admin(), () -> {
            for (int i = 0; i < CUSTOMERS; i++) {
                ids.add(customers.create(Map.of("name", "Customer " + i)).id());
            }
        });
        for (int i = 0; i < CUSTOMERS; i++) {
            fixtures.aggregates(company.slug(), ids.get(i), String.valueOf(i * 5000), i % 3);
        }
        String schema = "\"" + TenantService.schemaFor(company.slug()) + "\"";
        RuleSet rules = scoring(when("purchaseCount12m", Operator.AT_LEAST, 100, "2"));
        long midway = ids.get(CUSTOMERS / 2);
        // What a crash leaves: version 2 published, its job RUNNING, the batches up to midway committed.
        jdbc.template().update("INSERT INTO " + schema + ".rule_set_version (number, rules, published_by) VALUES "
                + "(2, CAST(? AS jsonb), 'admin')", RuleSetJson.write(rules));
        jdbc.template().update("INSERT INTO " + schema + ".recompute_job (version, cause, status, done, total, "
                + "last_customer_id) VALUES (2, 'publish', 'RUNNING', ?, ?, ?)", CUSTOMERS / 2 + 1, CUSTOMERS, midway);
        jdbc.template().update("UPDATE " + schema + ".customer SET grade = CASE WHEN purchase_count_12m >= 2 THEN 'A' "
                + "ELSE 'C' END, grade_score = CASE WHEN purchase_count_12m >= 2 THEN 100 ELSE 0 END, "
                + "grade_version = 2 WHERE id <= ?", midway);

        startup.resumeAll();

        runAs.run(company.admin(), () -> assertThat(fixtures.awaitRecompute()).isEqualTo(
                new RecomputeProgress(2, CUSTOMERS, CUSTOMERS, false)));
        for (int i = 0; i < CUSTOMERS; i++) {
            assertThat(fixtures.gradeVersion(company.slug(), ids.get(i))).isEqualTo(2);
            assertThat(fixtures.grade(company.slug(), ids.get(i))).as("customer " + i)
                    .isEqualTo(i % 3 == 2 ? "A" : "C");
        }
        assertThat(jdbc.count("SELECT count(*) FROM " + schema + ".recompute_job WHERE status IN ('PENDING', "
                + "'RUNNING')")).isZero();
    }

    @Test
    void aNewerPublishSupersedesARunningJob() {
        Company company = tenants.signUp();
        runAs.run(company.admin(), () -> {
            customers.create(Map.of("name", "Only one"));
            // In one transaction, so that the first job cannot finish before the second publish supersedes it.
            transaction.executeWithoutResult(status -> {
                rating.publish(scoring(when("purchaseCount12m", Operator.AT_LEAST, 100, "1")), "first");
                rating.publish(StarterRules.ruleSet(), "second");
            });
            assertThat(fixtures.awaitRecompute()).isEqualTo(new RecomputeProgress(3, 1, 1, false));
        });
        String schema = "\"" + TenantService.schemaFor(company.slug()) + "\"";
        assertThat(jdbc.template().queryForList("SELECT version || ' ' || status FROM " + schema
                + ".recompute_job ORDER BY id", String.class)).containsExactly("1 DONE", "2 SUPERSEDED", "3 DONE");
    }
}
