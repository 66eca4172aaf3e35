package app.kehu.rating;

import app.kehu.fields.FieldType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates a rule set for one customer in Java, node by node, for explanations. It must agree with
 * {@link SqlRules} on every customer (RatingEvaluatorsAgreeTest): an empty value fails every operator but
 * IS_EMPTY, texts compare lower-cased, BETWEEN includes its first value and excludes its second, dates compare
 * as calendar days in {@code zone} against {@code today}.
 */
final class JavaEvaluator {

    private final RuleOperands operands;
    private final LocalDate today;
    private final ZoneId zone;

    JavaEvaluator(RuleOperands operands, LocalDate today, ZoneId zone) {
        this.operands = operands;
        this.today = today;
        this.zone = zone;
    }

    /**
     * @param values      the customer's values by field key, of their fields' Java types
     * @param manualGrade the grade set by hand, which wins over the rules, or null
     */
    Evaluation evaluate(RuleSet rules, Map<String, Object> values, String manualGrade) {
        List<GradeExplanation.NodeOutcome> nodes = new ArrayList<>();
        walk(rules.scoring(), 0, values, nodes);
        BigDecimal score = nodes.stream().map(GradeExplanation.NodeOutcome::points)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        GradeBand band = band(rules, score);
        GradeOverride override = rules.overrides().stream().filter(o -> matches(o.when(), values)).findFirst()
                .orElse(null);
        String grade = manualGrade != null ? manualGrade : override != null ? override.grade() : band.grade();
        return new Evaluation(nodes, score, band, override, manualGrade, grade);
    }

    private static GradeBand band(RuleSet rules, BigDecimal score) {
        return rules.bands().stream().filter(b -> b.minScore() != null && score.compareTo(b.minScore()) >= 0)
                .findFirst().orElse(rules.bands().getLast());
    }

    /** Adds the node's outcome and its children's, in pre-order; returns whether the node matched. */
    private boolean walk(RuleNode node, int depth, Map<String, Object> values,
            List<GradeExplanation.NodeOutcome> outcomes) {
        int at = outcomes.size();
        outcomes.add(null);
        boolean matched;
        Object actual = null;
        switch (node) {
            case RuleGroup group -> {
                boolean all = group.combinator() == RuleGroup.Combinator.ALL;
                boolean result = all;
                for (RuleNode child : group.children()) {
                    boolean childMatched = walk(child, depth + 1, values, outcomes);
                    result = all ? result && childMatched : result || childMatched;
                }
                matched = !group.children().isEmpty() && result;
            }
            case RuleCondition condition -> {
                Optional<CompiledCondition> compiled = CompiledCondition.compile(condition, operands);
                actual = compiled.map(c -> value(c.operand(), values)).orElse(null);
                matched = compiled.isPresent() && test(compiled.get(), actual);
            }
        }
        outcomes.set(at, new GradeExplanation.NodeOutcome(node, depth, matched,
                matched ? node.points() : BigDecimal.ZERO, actual));
        return matched;
    }

    private boolean matches(RuleNode node, Map<String, Object> values) {
        return walk(node, 0, values, new ArrayList<>());
    }

    private Object value(OperandColumn operand, Map<String, Object> values) {
        Object value = values.get(operand.sourceKey());
        if (operand.derived()) {
            return value == null ? null
                    : ChronoUnit.DAYS.between(((Instant) value).atZone(zone).toLocalDate(), today);
        }
        return value;
    }

    private boolean test(CompiledCondition condition, Object value) {
        FieldType type = condition.operand().type();
        Operator operator = condition.operator();
        if (operator == Operator.IS_EMPTY || operator == Operator.IS_NOT_EMPTY) {
            return isEmpty(value) == (operator == Operator.IS_EMPTY);
        }
        if (isEmpty(value)) {
            return false;
        }
        List<Object> args = condition.args();
        return switch (type.kind()) {
            case NUMBER -> compare(operator, number(value), args);
            case TEXT -> type == FieldType.SINGLE_SELECT ? oneOf(operator, value, args) : text(operator,
                    (String) value, (String) args.getFirst());
            case USER -> oneOf(operator, value, args);
            case LIST -> {
                boolean any = ((Collection<?>) value).stream().anyMatch(args::contains);
                yield operator == Operator.ANY_OF ? any : !any;
            }
            case DATE, DATETIME -> day(operator, value instanceof Instant instant
                    ? instant.atZone(zone).toLocalDate() : (LocalDate) value, args.getFirst());
            case BOOLEAN -> (Boolean) value == (operator == Operator.IS_TRUE);
        };
    }

    private static boolean compare(Operator operator, BigDecimal value, List<Object> args) {
        int first = value.compareTo((BigDecimal) args.getFirst());
        return switch (operator) {
            case EQUALS -> first == 0;
            case NOT_EQUALS -> first != 0;
            case GREATER_THAN -> first > 0;
            case AT_LEAST -> first >= 0;
            case LESS_THAN -> first < 0;
            case AT_MOST -> first <= 0;
            case BETWEEN -> first >= 0 && value.compareTo((BigDecimal) args.get(1)) < 0;
            default -> false;
        };
    }

    private static boolean text(Operator operator, String value, String arg) {
        String actual = value.toLowerCase(Locale.ROOT);
        String wanted = arg.toLowerCase(Locale.ROOT);
        return switch (operator) {
            case EQUALS -> actual.equals(wanted);
            case NOT_EQUALS -> !actual.equals(wanted);
            case CONTAINS -> actual.contains(wanted);
            case STARTS_WITH -> actual.startsWith(wanted);
            default -> false;
        };
    }

    private static boolean oneOf(Operator operator, Object value, List<Object> args) {
        return args.contains(value) == (operator == Operator.ANY_OF);
    }

    private boolean day(Operator operator, LocalDate day, Object arg) {
        return switch (operator) {
            case BEFORE -> day.isBefore((LocalDate) arg);
            case AFTER -> day.isAfter((LocalDate) arg);
            case WITHIN_LAST_DAYS -> day.isAfter(today.minusDays((Long) arg)) && !day.isAfter(today);
            case MORE_THAN_DAYS_AGO -> day.isBefore(today.minusDays((Long) arg));
            default -> false;
        };
    }

    private static BigDecimal number(Object value) {
        return value instanceof BigDecimal decimal ? decimal : BigDecimal.valueOf(((Number) value).longValue());
    }

    static boolean isEmpty(Object value) {
        return value == null || value instanceof String text && text.isEmpty()
                || value instanceof Collection<?> list && list.isEmpty();
    }
}
