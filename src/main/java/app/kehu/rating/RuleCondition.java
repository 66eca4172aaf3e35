package app.kehu.rating;

import java.math.BigDecimal;
import java.util.List;

/**
 * A test of one operand: a field of the customer table (built-in, custom or an aggregate the activity feature
 * keeps, by its field key) or a derived operand such as {@link Operand#DAYS_SINCE_LAST_CONTACT}.
 *
 * @param operand  a field key or a derived operand's key
 * @param values   the operator's arguments in canonical text: plain decimals ("100000", "99999.99"), ISO dates,
 *                 option values; none for {@link Operator#IS_EMPTY}, two for {@link Operator#BETWEEN}
 */
public record RuleCondition(String operand, Operator operator, List<String> values, BigDecimal points)
        implements RuleNode {

    public RuleCondition {
        values = List.copyOf(values);
        points = points == null ? BigDecimal.ZERO : points;
    }
}
