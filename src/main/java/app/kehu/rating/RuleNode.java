package app.kehu.rating;

import java.math.BigDecimal;

/** A node of the scoring tree: a condition or a group of nodes. It adds its points to the score when it matches. */
public sealed interface RuleNode permits RuleCondition, RuleGroup {

    /** The points added when this node matches; zero for a node that only takes part in its group's logic. */
    BigDecimal points();
}
