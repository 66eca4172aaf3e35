package app.kehu.rating;

import java.math.BigDecimal;
import java.util.List;

/**
 * Why a customer has their grade, under the version that gave it: each scoring node with whether it matched
 * and its points, the total, the band reached, or the override or manual grade that decided instead.
 *
 * @param version        the rule-set version that produced the stored grade
 * @param nodes          every node of the scoring tree in pre-order; {@code depth} gives the nesting
 * @param override       the override that matched, or null
 * @param manualGrade    a grade set by hand that wins over the rules, or null
 * @param operands       what the conditions test, with labels and options, so that anyone who may see the
 *                       customer can read the reasons (the operand list itself is for admins only)
 */
public record GradeExplanation(int version, List<NodeOutcome> nodes, BigDecimal score, GradeBand band,
        GradeOverride override, String manualGrade, String grade, List<Operand> operands) {

    public GradeExplanation {
        nodes = List.copyOf(nodes);
        operands = List.copyOf(operands);
    }

    /** Stands in {@link NodeOutcome#actual()} for the value of a field the user may not see. */
    public enum Withheld {
        HIDDEN
    }

    public record NodeOutcome(RuleNode node, int depth, boolean matched, BigDecimal points, Object actual) {
    }
}
