package app.kehu.rating;

import static app.kehu.rating.TestRules.scoring;
import static app.kehu.rating.TestRules.when;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import app.kehu.customer.CustomerService;
import app.kehu.support.IntegrationTest;
import app.kehu.support.TestTenants.Company;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A draft's preview: the distribution it would give next to today's, and who would change, without changing anyone. */
class PreviewTest extends IntegrationTest {

    @Autowired
    RatingService rating;
    @Autowired
    CustomerService customers;
    @Autowired
    RatingFixtures fixtures;

    @Test
    void thePreviewCountsGradesBothWaysAndListsTheChangesByNameWithoutWritingAnything() {
        Company company = tenants.signUp();
        long zhang = runAs.call(company.admin(), () -> customers.create(Map.of("name", "Zhang")).id());
        long li = runAs.call(company.admin(), () -> customers.create(Map.of("name", "Li")).id());
        runAs.run(company.admin(), () -> customers.create(Map.of("name", "Wang")));
        fixtures.aggregates(company.slug(), zhang, "200000", 8);
        fixtures.aggregates(company.slug(), li, "70000", 2);
        runAs.run(company.admin(), () -> {
            rating.restore(1);
            fixtures.awaitRecompute();

            GradePreview preview = rating.preview(scoring(when("purchaseCount12m", Operator.AT_LEAST, 50, "1")));

            assertThat(preview.current()).containsExactly(Map.entry("A", 1L), Map.entry("B", 1L),
                    Map.entry("C", 0L), Map.entry("D", 1L), Map.entry("", 0L));
            assertThat(preview.draft()).containsExactly(Map.entry("A", 0L), Map.entry("B", 2L),
                    Map.entry("C", 1L), Map.entry("D", 0L), Map.entry("", 0L));
            assertThat(preview.changedTotal()).isEqualTo(2);
            assertThat(preview.changes()).extracting(GradePreview.GradeChange::customerName,
                    GradePreview.GradeChange::from, GradePreview.GradeChange::to).containsExactly(
                            tuple("Wang", "D", "C"),
                            tuple("Zhang", "A", "B"));
        });
        assertThat(fixtures.grade(company.slug(), zhang)).isEqualTo("A");
    }
}
