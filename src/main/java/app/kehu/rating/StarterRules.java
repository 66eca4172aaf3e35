package app.kehu.rating;

import java.math.BigDecimal;
import java.util.List;

/**
 * The rules every tenant starts with, SPEC.md's worked example: annual contribution of 100,000 or more → A,
 * 50,000 up to 100,000 → B, below → C, and D for a customer without a purchase in the last 12 months. Version 1
 * of every tenant is this rule set (tenant changeset kehu:tenant-11 stores it as JSON).
 */
final class StarterRules {

    static final String ANNUAL_CONTRIBUTION = "annualContribution";
    static final String PURCHASES_12M = "purchaseCount12m";

    private StarterRules() {
    }

    static RuleSet ruleSet() {
        RuleGroup scoring = new RuleGroup(RuleGroup.Combinator.ANY, List.of(
                new RuleCondition(ANNUAL_CONTRIBUTION, Operator.AT_LEAST, List.of("100000"), new BigDecimal("100")),
                new RuleCondition(ANNUAL_CONTRIBUTION, Operator.BETWEEN, List.of("50000", "100000"),
                        new BigDecimal("50"))), BigDecimal.ZERO);
        List<GradeBand> bands = List.of(
                new GradeBand("A", new BigDecimal("100"), "重要客户", "Key customer", "#1a7f37"),
                new GradeBand("B", new BigDecimal("50"), "主要客户", "Major customer", "#1f6feb"),
                new GradeBand("C", BigDecimal.ZERO, "普通客户", "Regular customer", "#bf8700"),
                new GradeBand("D", null, "休眠客户", "Dormant customer", "#cf222e"));
        GradeOverride noPurchase = new GradeOverride(new RuleGroup(RuleGroup.Combinator.ALL, List.of(
                new RuleCondition(PURCHASES_12M, Operator.EQUALS, List.of("0"), BigDecimal.ZERO)), BigDecimal.ZERO),
                "D");
        return new RuleSet(scoring, bands, List.of(noPurchase));
    }
}
