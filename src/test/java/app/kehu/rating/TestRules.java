package app.kehu.rating;

import java.math.BigDecimal;
import java.util.List;

/** Short ways to write rule sets in tests. */
final class TestRules {

    private TestRules() {
    }

    static RuleCondition when(String operand, Operator operator, int points, String... values) {
        return new RuleCondition(operand, operator, List.of(values), BigDecimal.valueOf(points));
    }

    static RuleGroup all(int points, RuleNode... children) {
        return new RuleGroup(RuleGroup.Combinator.ALL, List.of(children), BigDecimal.valueOf(points));
    }

    static RuleGroup any(int points, RuleNode... children) {
        return new RuleGroup(RuleGroup.Combinator.ANY, List.of(children), BigDecimal.valueOf(points));
    }

    /** Scoring with the starter's bands (A ≥ 100, B ≥ 50, C ≥ 0, D below) and no overrides. */
    static RuleSet scoring(RuleNode... nodes) {
        return new RuleSet(any(0, nodes), StarterRules.ruleSet().bands(), List.of());
    }
}
