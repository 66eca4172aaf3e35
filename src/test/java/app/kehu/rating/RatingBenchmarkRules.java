package app.kehu.rating;

import static app.kehu.rating.TestRules.all;
import static app.kehu.rating.TestRules.any;
import static app.kehu.rating.TestRules.when;

import java.math.BigDecimal;
import java.util.List;

/**
 * The rating benchmark's rules (app.kehu.bench.RatingBenchmark): ten conditions over the aggregates, dates,
 * tags and text, and the same rules as an UPDATE written by hand.
 */
public final class RatingBenchmarkRules {

    private RatingBenchmarkRules() {
    }

    public static RuleSet starter() {
        return StarterRules.ruleSet();
    }

    /** Nine scoring conditions (two of them in a group) and one override. */
    public static RuleSet tenConditions() {
        return withBands("60");
    }

    /** The same conditions with a lower bar for A: what an admin would preview before publishing. */
    public static RuleSet draft() {
        return withBands("50");
    }

    private static RuleSet withBands(String minimumForA) {
        RuleGroup scoring = any(0,
                when("annualContribution", Operator.AT_LEAST, 40, "100000"),
                when("annualContribution", Operator.BETWEEN, 20, "50000", "100000"),
                when("purchaseCount12m", Operator.AT_LEAST, 15, "10"),
                when("lastPurchaseOn", Operator.WITHIN_LAST_DAYS, 10, "90"),
                when(Operand.DAYS_SINCE_LAST_CONTACT, Operator.AT_MOST, 10, "30"),
                when("tags", Operator.ANY_OF, 5, "VIP"),
                when("region", Operator.STARTS_WITH, 3, "地区1"),
                all(8, when("industry", Operator.EQUALS, 0, "行业3"),
                        when("purchaseCount12m", Operator.GREATER_THAN, 0, "2")));
        List<GradeBand> starter = StarterRules.ruleSet().bands();
        List<GradeBand> bands = List.of(band(starter.get(0), minimumForA), band(starter.get(1), "30"),
                band(starter.get(2), "10"), starter.get(3));
        return new RuleSet(scoring, bands, StarterRules.ruleSet().overrides());
    }

    private static GradeBand band(GradeBand band, String minScore) {
        return new GradeBand(band.grade(), new BigDecimal(minScore), band.labelZh(), band.labelEn(), band.colour());
    }

    /** {@link #tenConditions()} as one UPDATE of every customer, as one would write it by hand. */
    public static String handWrittenUpdate(String schema) {
        return "UPDATE " + schema + ".customer AS c SET (grade, grade_score) = (SELECT " + handWrittenGradeOf("s.score")
                + ", s.score FROM (SELECT " + handWrittenScore() + " AS score) AS s)";
    }

    /** The grade {@link #handWrittenUpdate} gives the customer row {@code c}, as an expression. */
    public static String handWrittenGrade() {
        return "SELECT " + handWrittenGradeOf("s.score") + " FROM (SELECT " + handWrittenScore() + " AS score) AS s";
    }

    private static String handWrittenScore() {
        return "CASE WHEN c.annual_contribution >= 100000 THEN 40 ELSE 0 END"
                + " + CASE WHEN c.annual_contribution >= 50000 AND c.annual_contribution < 100000 THEN 20 ELSE 0 END"
                + " + CASE WHEN c.purchase_count_12m >= 10 THEN 15 ELSE 0 END"
                + " + CASE WHEN c.last_purchase_on > current_date - 90 AND c.last_purchase_on <= current_date"
                + " THEN 10 ELSE 0 END"
                + " + CASE WHEN current_date - c.last_contact_at::date <= 30 THEN 10 ELSE 0 END"
                + " + CASE WHEN c.tags && ARRAY['VIP'] THEN 5 ELSE 0 END"
                + " + CASE WHEN c.region LIKE '地区1%' THEN 3 ELSE 0 END"
                + " + CASE WHEN c.industry = '行业3' AND c.purchase_count_12m > 2 THEN 8 ELSE 0 END";
    }

    private static String handWrittenGradeOf(String score) {
        return "CASE WHEN c.grade_override IS NOT NULL THEN c.grade_override WHEN c.purchase_count_12m = 0 THEN 'D'"
                + " WHEN " + score + " >= 60 THEN 'A' WHEN " + score + " >= 30 THEN 'B' WHEN " + score
                + " >= 10 THEN 'C' ELSE 'D' END";
    }
}
