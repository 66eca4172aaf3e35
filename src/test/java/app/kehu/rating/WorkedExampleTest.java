package app.kehu.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import app.kehu.customer.CustomerService;
import app.kehu.support.IntegrationTest;
import app.kehu.support.TestTenants.Company;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * SPEC.md's worked example, the starter rules every tenant gets as version 1: annual contribution ≥ 100,000 → A,
 * 50,000 up to 100,000 → B, below → C, no purchase in 12 months → D; at each boundary.
 */
class WorkedExampleTest extends IntegrationTest {

    @Autowired
    RatingService rating;
    @Autowired
    CustomerService customers;
    @Autowired
    RatingFixtures fixtures;

    @Test
    void everyTenantStartsWithTheWorkedExampleAsVersionOne() {
        Company company = tenants.signUp();
        runAs.run(company.admin(), () -> {
            assertThat(rating.versions()).singleElement().satisfies(v -> {
                assertThat(v.number()).isEqualTo(1);
                assertThat(v.current()).isTrue();
                assertThat(v.rules()).isEqualTo(StarterRules.ruleSet());
            });
            assertThat(rating.editable()).isEqualTo(StarterRules.ruleSet());
            assertThat(rating.progress().running()).isFalse();
        });
    }

    @Test
    void customersAreGradedExactlyAsTheExampleSaysAtEachBoundary() {
        Company company = tenants.signUp();
        Map<String, Long> ids = new LinkedHashMap<>();
        runAs.run(company.admin(), () -> {
            for (String name : new String[] {"a-100000", "b-99999.99", "b-50000", "c-49999.99", "d-none"}) {
                ids.put(name, customers.create(Map.of("name", name)).id());
            }
        });
        fixtures.aggregates(company.slug(), ids.get("a-100000"), "100000", 4);
        fixtures.aggregates(company.slug(), ids.get("b-99999.99"), "99999.99", 3);
        fixtures.aggregates(company.slug(), ids.get("b-50000"), "50000", 2);
        fixtures.aggregates(company.slug(), ids.get("c-49999.99"), "49999.99", 1);
        fixtures.aggregates(company.slug(), ids.get("d-none"), "0", 0);

        runAs.run(company.admin(), () -> {
            RuleSetVersion published = rating.publish(rating.editable(), "the worked example again");
            assertThat(published.number()).isEqualTo(2);
            assertThat(fixtures.awaitRecompute()).isEqualTo(new RecomputeProgress(2, 5, 5, false));
        });

        assertThat(ids).allSatisfy((name, id) -> {
            assertThat(fixtures.grade(company.slug(), id)).as(name).isEqualTo(name.substring(0, 1).toUpperCase());
            assertThat(fixtures.gradeVersion(company.slug(), id)).as(name).isEqualTo(2);
        });
        runAs.run(company.admin(), () -> ids.forEach((name, id) -> {
            GradeExplanation why = rating.explain(id);
            assertThat(why.grade()).as(name).isEqualTo(fixtures.grade(company.slug(), id));
            assertThat(why.version()).isEqualTo(2);
        }));
    }

    @Test
    void theExplanationNamesTheConditionThatMatchedItsPointsAndTheBand() {
        Company company = tenants.signUp();
        long id = runAs.call(company.admin(), () -> customers.create(Map.of("name", "Key account")).id());
        fixtures.aggregates(company.slug(), id, "120000", 6);
        runAs.run(company.admin(), () -> {
            rating.restore(1);
            fixtures.awaitRecompute();
            GradeExplanation why = rating.explain(id);
            assertThat(why.grade()).isEqualTo("A");
            assertThat(why.band().labelEn()).isEqualTo("Key customer");
            assertThat(why.score()).isEqualByComparingTo("100");
            assertThat(why.override()).isNull();
            assertThat(why.nodes()).extracting(n -> n.depth(), n -> n.matched(), n -> n.points().intValue())
                    .containsExactly(tuple(0, true, 0),
                            tuple(1, true, 100),
                            tuple(1, false, 0));
            assertThat(why.nodes().get(1).actual()).isEqualTo(new BigDecimal("120000.00"));
            assertThat(rating.history(id)).first().satisfies(entry -> {
                assertThat(entry.from()).isEqualTo("D");
                assertThat(entry.to()).isEqualTo("A");
                assertThat(entry.version()).isEqualTo(2);
                assertThat(entry.cause()).isEqualTo(GradeCause.RESTORE);
                assertThat(entry.actorEmail()).isEqualTo(company.admin());
            });
        });
    }
}
