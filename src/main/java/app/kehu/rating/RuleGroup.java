package app.kehu.rating;

import java.math.BigDecimal;
import java.util.List;

/**
 * Conditions and groups combined with AND ({@link Combinator#ALL}) or OR ({@link Combinator#ANY}). An empty
 * group never matches, so an empty draft gives no points rather than everyone's points.
 */
public record RuleGroup(Combinator combinator, List<RuleNode> children, BigDecimal points) implements RuleNode {

    public enum Combinator {
        ALL, ANY
    }

    public RuleGroup {
        children = List.copyOf(children);
        points = points == null ? BigDecimal.ZERO : points;
    }
}
