package app.kehu.rating;

import static app.kehu.rating.TestRules.all;
import static app.kehu.rating.TestRules.scoring;
import static app.kehu.rating.TestRules.when;
import static org.assertj.core.api.Assertions.assertThat;

import app.kehu.common.FieldError;
import app.kehu.customer.CustomerService;
import app.kehu.fields.FieldService;
import app.kehu.fields.FieldSettings;
import app.kehu.fields.FieldType;
import app.kehu.fields.NewField;
import app.kehu.fields.Section;
import app.kehu.support.Errors;
import app.kehu.support.IntegrationTest;
import app.kehu.support.TestTenants.Company;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A rule set with any problem is flagged where it is and refused whole: nothing is published half valid. */
class PublishRefusalTest extends IntegrationTest {

    @Autowired
    RatingService rating;
    @Autowired
    FieldService fields;
    @Autowired
    CustomerService customers;

    @Test
    void aRuleNamingAnArchivedFieldIsFlaggedAndRefusedWithTheFieldsName() {
        Company company = tenants.signUp();
        runAs.run(company.admin(), () -> {
            var blacklisted = fields.addField(new NewField("blacklisted", FieldType.BOOLEAN,
                    FieldSettings.of("黑名单", "Blacklisted", Section.BASIC)));
            RuleSet rules = new RuleSet(StarterRules.ruleSet().scoring(), StarterRules.ruleSet().bands(), List.of(
                    new GradeOverride(all(0, when("blacklisted", Operator.IS_TRUE, 0)), "D")));
            assertThat(rating.check(rules)).isEmpty();
            fields.archive("blacklisted", blacklisted.version());

            assertThat(rating.operands()).filteredOn(o -> o.key().equals("blacklisted")).singleElement()
                    .satisfies(o -> assertThat(o.archived()).isTrue());
            assertThat(rating.check(rules)).containsExactly(new FieldError("overrides.0.when.0",
                    "rating.error.archived", "黑名单", "Blacklisted"));
            assertThat(Errors.detailOf(() -> rating.publish(rules, "with blacklist")))
                    .isEqualTo("overrides.0.when.0=rating.error.archived [黑名单, Blacklisted]");
            assertThat(rating.versions()).hasSize(1);
        });
        assertThat(jdbc.auditActions(company.slug())).doesNotContain("PUBLISH RatingRules");
    }

    @Test
    void everyProblemIsReportedAtItsPathAndNothingIsPublished() {
        Company company = tenants.signUp();
        RuleSet broken = new RuleSet(TestRules.any(0,
                when("annualContribution", Operator.CONTAINS, 10, "rich"),
                when("annualContribution", Operator.BETWEEN, 10, "100", "50"),
                when("nonsense", Operator.EQUALS, 10, "x"),
                when("lifecycleStage", Operator.ANY_OF, 10, "royalty"),
                when("lastContactAt", Operator.WITHIN_LAST_DAYS, 10, "soon"),
                new RuleCondition("name", Operator.EQUALS, List.of("x"), new BigDecimal("0.0000001")),
                when("name", Operator.IS_EMPTY, 10, "superfluous")),
                List.of(new GradeBand("B", BigDecimal.TEN, "好", "Good", "green"),
                        new GradeBand("A", BigDecimal.ONE, "", "Best", "#00ff00"),
                        new GradeBand("C", BigDecimal.ZERO, "差", "Poor", "#ff0000")),
                List.of(new GradeOverride(all(0), "Z")));
        runAs.run(company.admin(), () -> {
            assertThat(rating.check(broken)).extracting(e -> e.field() + "=" + e.messageKey()).containsExactly(
                    "scoring.0=rating.error.operator",
                    "scoring.1=rating.error.between",
                    "scoring.2=rating.error.unknown-operand",
                    "scoring.3=rating.error.unknown-option",
                    "scoring.4=rating.error.value",
                    "scoring.5=rating.error.points",
                    "scoring.6=rating.error.arity",
                    "bands.0=rating.error.band-colour",
                    "bands.1=rating.error.band-grade-order",
                    "bands.1=rating.error.band-label",
                    "bands.2=rating.error.band-last-open",
                    "overrides.0=rating.error.grade");
            assertThat(Errors.of(() -> rating.publish(broken, null))).hasSize(12);
            assertThat(Errors.of(() -> rating.preview(broken))).hasSize(12);
            assertThat(rating.versions()).hasSize(1);
        });
    }

    @Test
    void aRuleOnAFieldRetypedSincePublishingStopsMatchingWithoutBreakingEditsAndIsRefusedOnRepublish() {
        Company company = tenants.signUp();
        runAs.run(company.admin(), () -> {
            var level = fields.addField(new NewField("level", FieldType.TEXT, FieldSettings.of("级别", "Level",
                    Section.BASIC)));
            RuleSet rules = scoring(when("level", Operator.STARTS_WITH, 100, "gold"));
            rating.publish(rules, null);
            fields.changeType("level", level.version(), FieldType.INTEGER, level.settings());
            long id = customers.create(Map.of("name", "Gold 1", "level", 1L)).id();
            assertThat(customers.get(id).get("grade")).isEqualTo("C");
            assertThat(rating.explain(id).nodes().get(1).matched()).isFalse();
            assertThat(Errors.of(() -> rating.publish(rules, null))).containsExactly("scoring.0=rating.error.operator");
        });
    }
}
