package app.kehu.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import app.kehu.customer.CustomerService;
import app.kehu.security.Role;
import app.kehu.support.Errors;
import app.kehu.support.IntegrationTest;
import app.kehu.support.TestTenants.Company;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A grade set by hand wins over the rules until it is cleared; each change is audited and in the history. */
class ManualGradeTest extends IntegrationTest {

    @Autowired
    RatingService rating;
    @Autowired
    CustomerService customers;
    @Autowired
    RatingFixtures fixtures;

    @Test
    void aManualGradeWinsOverTheRulesAndClearingItGivesTheCustomerBackToThem() {
        Company company = tenants.signUp();
        String manager = tenants.addUser(company, Role.MANAGER);
        long id = runAs.call(company.admin(), () -> customers.create(Map.of("name", "老客户")).id());
        fixtures.aggregates(company.slug(), id, "150000", 5);

        runAs.run(manager, () -> {
            rating.overrideGrade(id, "C", "payment problems");
            assertThat(customers.get(id).get("grade")).isEqualTo("C");
            GradeExplanation why = rating.explain(id);
            assertThat(why.manualGrade()).isEqualTo("C");
            assertThat(why.grade()).isEqualTo("C");
            assertThat(why.band().grade()).as("what the rules alone would give").isEqualTo("A");
        });
        assertThat(jdbc.latestChanges(company.slug())).containsExactly("gradeOverride: ∅ -> C",
                "reason: ∅ -> payment problems");

        runAs.run(company.admin(), () -> {
            rating.restore(1);
            fixtures.awaitRecompute();
            assertThat(customers.get(id).get("grade")).as("a new version keeps the manual grade").isEqualTo("C");
            rating.overrideGrade(id, null, null);
            assertThat(customers.get(id).get("grade")).isEqualTo("A");
            assertThat(rating.history(id)).extracting(GradeHistoryEntry::from, GradeHistoryEntry::to,
                    GradeHistoryEntry::cause).startsWith(tuple("C", "A", GradeCause.MANUAL),
                            tuple("D", "C", GradeCause.MANUAL));
        });
        assertThat(jdbc.auditTrail(company.slug())).containsSubsequence("UPDATE Customer#" + id,
                "RESTORE RatingRules#2", "UPDATE Customer#" + id);
        assertThat(jdbc.latestChanges(company.slug())).containsExactly("gradeOverride: C -> ∅");
    }

    @Test
    void onlyTheFourGradesCanBeSetByHand() {
        Company company = tenants.signUp();
        long id = runAs.call(company.admin(), () -> customers.create(Map.of("name", "Someone")).id());
        runAs.run(company.admin(), () -> assertThat(Errors.of(() -> rating.overrideGrade(id, "E", null)))
                .containsExactly("grade=rating.error.grade"));
    }
}
