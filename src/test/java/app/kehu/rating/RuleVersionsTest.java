package app.kehu.rating;

import static app.kehu.rating.TestRules.scoring;
import static app.kehu.rating.TestRules.when;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import app.kehu.common.NotFoundException;
import app.kehu.customer.CustomerService;
import app.kehu.fields.FieldService;
import app.kehu.fields.SelectOption;
import app.kehu.support.IntegrationTest;
import app.kehu.support.TestTenants.Company;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Publishing makes numbered versions that stay readable; restoring publishes an earlier one's rules again. */
class RuleVersionsTest extends IntegrationTest {

    @Autowired
    RatingService rating;
    @Autowired
    CustomerService customers;
    @Autowired
    FieldService fields;
    @Autowired
    RatingFixtures fixtures;

    @Test
    void restoringVersionOneAfterTwoPublishesThreeWithVersionOnesRulesAndTheGradesFollow() {
        Company company = tenants.signUp();
        long id = runAs.call(company.admin(), () -> customers.create(Map.of("name", "Small but loyal")).id());
        fixtures.aggregates(company.slug(), id, "20000", 12);
        RuleSet generous = scoring(when("purchaseCount12m", Operator.AT_LEAST, 100, "10"));

        runAs.run(company.admin(), () -> {
            rating.restore(1);
            fixtures.awaitRecompute();
            assertThat(fixtures.grade(company.slug(), id)).isEqualTo("C");

            assertThat(rating.publish(generous, "loyalty counts").number()).isEqualTo(3);
            fixtures.awaitRecompute();
            assertThat(fixtures.grade(company.slug(), id)).isEqualTo("A");
            assertThat(fixtures.gradeVersion(company.slug(), id)).isEqualTo(3);

            RuleSetVersion restored = rating.restore(1);
            assertThat(restored.number()).isEqualTo(4);
            assertThat(restored.rules()).isEqualTo(StarterRules.ruleSet());
            fixtures.awaitRecompute();
            assertThat(fixtures.grade(company.slug(), id)).isEqualTo("C");
            assertThat(fixtures.gradeVersion(company.slug(), id)).isEqualTo(4);

            assertThat(rating.versions()).extracting(RuleSetVersion::number, RuleSetVersion::current, v -> v.rules()
                    .equals(generous)).containsExactly(tuple(4, true, false),
                            tuple(3, false, true),
                            tuple(2, false, false),
                            tuple(1, false, false));
            assertThat(rating.versions().get(1).note()).isEqualTo("loyalty counts");
            assertThat(rating.versions().get(1).publishedBy()).isEqualTo(company.admin());
            assertThat(rating.history(id)).extracting(GradeHistoryEntry::from, GradeHistoryEntry::to,
                    GradeHistoryEntry::version, GradeHistoryEntry::cause).containsExactly(
                            tuple("A", "C", 4, GradeCause.RESTORE),
                            tuple("C", "A", 3, GradeCause.PUBLISH),
                            tuple("D", "C", 2, GradeCause.RESTORE),
                            tuple(null, "D", 1, GradeCause.CUSTOMER_EDIT));
        });
        assertThat(jdbc.auditTrail(company.slug())).containsSubsequence("RESTORE RatingRules#2",
                "PUBLISH RatingRules#3", "RESTORE RatingRules#4");
    }

    @Test
    void theGradeChipsTakeTheBandsLabelsAndColours() {
        Company company = tenants.signUp();
        RuleSet renamed = new RuleSet(StarterRules.ruleSet().scoring(), List.of(
                new GradeBand("A", new BigDecimal("100"), "金牌客户", "Gold", "#FFD700"),
                new GradeBand("B", null, "其他客户", "Others", "#999999")), List.of());
        runAs.run(company.admin(), () -> {
            rating.publish(renamed, null);
            assertThat(fields.field("grade").options()).extracting(SelectOption::value, SelectOption::labelEn,
                    SelectOption::colour).containsExactly(tuple("A", "A Gold", "#ffd700"),
                            tuple("B", "B Others", "#999999"),
                            tuple("C", "C Regular customer", "#bf8700"),
                            tuple("D", "D Dormant customer", "#cf222e"));
        });
    }

    @Test
    void anUnknownVersionCannotBeRestored() {
        Company company = tenants.signUp();
        runAs.run(company.admin(), () -> assertThatThrownBy(() -> rating.restore(7))
                .isInstanceOf(NotFoundException.class));
    }
}
