package app.kehu.rating;

import app.kehu.fields.FieldType;
import app.kehu.fields.SqlIdentifiers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * A rule set as SQL over the customer table aliased {@code c}: one score expression and one grade expression
 * (which reads the score as {@code s.score}), with their bound parameters. Column names come only from the
 * field registry and are quoted; every value, point and grade is a parameter cast to its type, never text in
 * the statement. The set-based recompute, the preview and the single-customer regrade all use it, and it must
 * agree with {@link JavaEvaluator} (see there for the shared semantics).
 */
final class SqlRules {

    private final RuleOperands operands;
    private final MapSqlParameterSource params = new MapSqlParameterSource();
    private final String score;
    private final String grade;
    private int next;

    SqlRules(RuleSet rules, RuleOperands operands, LocalDate today, ZoneId zone) {
        this.operands = operands;
        params.addValue("today", today).addValue("zone", zone.getId());
        List<String> terms = new ArrayList<>();
        addScoreTerms(rules.scoring(), terms);
        this.score = terms.isEmpty() ? "CAST(0 AS numeric)" : String.join(" + ", terms);
        this.grade = gradeCase(rules);
    }

    /** The score of the customer row {@code c}, as numeric. */
    String score() {
        return score;
    }

    /** The grade of the customer row {@code c}, given its score as {@code s.score}: manual, override or band. */
    String grade() {
        return grade;
    }

    /**
     * {@code FROM customer c CROSS JOIN LATERAL (score) s}: the score computed once per row, for the grade and
     * the select list to read.
     */
    String scored(String customerTable) {
        return customerTable + " AS c CROSS JOIN LATERAL (SELECT " + score + " AS score) AS s";
    }

    MapSqlParameterSource params() {
        return params;
    }

    private void addScoreTerms(RuleNode node, List<String> terms) {
        if (node.points().signum() != 0) {
            terms.add("CASE WHEN " + matches(node) + " THEN " + bind(node.points(), "numeric") + " ELSE 0 END");
        }
        if (node instanceof RuleGroup group) {
            group.children().forEach(child -> addScoreTerms(child, terms));
        }
    }

    private String gradeCase(RuleSet rules) {
        StringBuilder sql = new StringBuilder("CASE WHEN c.\"grade_override\" IS NOT NULL THEN c.\"grade_override\"");
        for (GradeOverride override : rules.overrides()) {
            sql.append(" WHEN ").append(matches(override.when())).append(" THEN ").append(bind(override.grade(),
                    "text"));
        }
        for (GradeBand band : rules.bands()) {
            if (band.minScore() != null) {
                sql.append(" WHEN s.score >= ").append(bind(band.minScore(), "numeric")).append(" THEN ")
                        .append(bind(band.grade(), "text"));
            }
        }
        return sql.append(" ELSE ").append(bind(rules.bands().getLast().grade(), "text")).append(" END").toString();
    }

    /** Whether the node matches: never null, so that NOT and OR behave as the Java evaluator's booleans. */
    private String matches(RuleNode node) {
        return switch (node) {
            case RuleGroup group when group.children().isEmpty() -> "false";
            case RuleGroup group -> {
                String joiner = group.combinator() == RuleGroup.Combinator.ALL ? " AND " : " OR ";
                yield "(" + String.join(joiner, group.children().stream().map(this::matches).toList()) + ")";
            }
            case RuleCondition condition -> {
                Optional<CompiledCondition> compiled = CompiledCondition.compile(condition, operands);
                yield compiled.map(this::condition).orElse("false");
            }
        };
    }

    private String condition(CompiledCondition condition) {
        OperandColumn operand = condition.operand();
        String value = value(operand);
        FieldType type = operand.type();
        Operator operator = condition.operator();
        if (operator == Operator.IS_EMPTY) {
            return "(" + empty(type, value) + ")";
        }
        if (operator == Operator.IS_NOT_EMPTY) {
            return "NOT (" + empty(type, value) + ")";
        }
        List<Object> args = condition.args();
        String test = switch (type.kind()) {
            case NUMBER -> compare(operator, value, args, type == FieldType.INTEGER);
            case TEXT -> type == FieldType.SINGLE_SELECT ? oneOf(operator, value, args, "text")
                    : value + " <> '' AND " + text(operator, value, bind(args.getFirst(), "text"));
            case USER -> oneOf(operator, value, args, "bigint");
            case LIST -> {
                String overlaps = value + " && " + bind(args.stream().map(String::valueOf).toArray(String[]::new),
                        "text[]");
                yield operator == Operator.ANY_OF ? overlaps : "cardinality(" + value + ") > 0 AND NOT (" + overlaps
                        + ")";
            }
            case DATE -> day(operator, value, args.getFirst());
            case DATETIME -> day(operator, "CAST(" + value + " AT TIME ZONE CAST(:zone AS text) AS date)",
                    args.getFirst());
            case BOOLEAN -> value + (operator == Operator.IS_TRUE ? " IS TRUE" : " IS FALSE");
        };
        return "COALESCE((" + test + "), false)";
    }

    /** The operand's value in the row: its column, or the whole days since the last contact. */
    private static String value(OperandColumn operand) {
        String column = "c." + SqlIdentifiers.quote(operand.column());
        return operand.derived()
                ? "(CAST(:today AS date) - CAST(" + column + " AT TIME ZONE CAST(:zone AS text) AS date))" : column;
    }

    private static String empty(FieldType type, String value) {
        return switch (type.kind()) {
            case TEXT -> value + " IS NULL OR " + value + " = ''";
            case LIST -> value + " IS NULL OR cardinality(" + value + ") = 0";
            default -> value + " IS NULL";
        };
    }

    /**
     * An integer column compared with whole numbers compares as bigint: converting every row's value to numeric
     * was the costliest part of a preview.
     */
    private String compare(Operator operator, String value, List<Object> args, boolean integerColumn) {
        boolean whole = integerColumn
                && args.stream().allMatch(a -> ((BigDecimal) a).stripTrailingZeros().scale() <= 0);
        List<String> bound = args.stream().map(a -> whole ? bind(((BigDecimal) a).longValueExact(), "bigint")
                : bind(a, "numeric")).toList();
        String first = bound.getFirst();
        return switch (operator) {
            case EQUALS -> value + " = " + first;
            case NOT_EQUALS -> value + " <> " + first;
            case GREATER_THAN -> value + " > " + first;
            case AT_LEAST -> value + " >= " + first;
            case LESS_THAN -> value + " < " + first;
            case AT_MOST -> value + " <= " + first;
            case BETWEEN -> value + " >= " + first + " AND " + value + " < " + bound.get(1);
            default -> throw new IllegalArgumentException("Not a number operator: " + operator);
        };
    }

    private static String text(Operator operator, String value, String arg) {
        String lowered = "lower(" + value + ")";
        return switch (operator) {
            case EQUALS -> lowered + " = lower(" + arg + ")";
            case NOT_EQUALS -> lowered + " <> lower(" + arg + ")";
            case CONTAINS -> "strpos(" + lowered + ", lower(" + arg + ")) > 0";
            case STARTS_WITH -> "starts_with(" + lowered + ", lower(" + arg + "))";
            default -> throw new IllegalArgumentException("Not a text operator: " + operator);
        };
    }

    private String oneOf(Operator operator, String value, List<Object> args, String elementType) {
        Object array = "bigint".equals(elementType) ? args.toArray(Long[]::new) : args.toArray(String[]::new);
        String list = bind(array, elementType + "[]");
        return operator == Operator.ANY_OF ? value + " = ANY (" + list + ")"
                : value + " <> ALL (" + list + ")" + ("text".equals(elementType) ? " AND " + value + " <> ''" : "");
    }

    private String day(Operator operator, String day, Object arg) {
        return switch (operator) {
            case BEFORE -> day + " < " + bind(arg, "date");
            case AFTER -> day + " > " + bind(arg, "date");
            case WITHIN_LAST_DAYS -> day + " > CAST(:today AS date) - " + bind(((Long) arg).intValue(), "integer")
                    + " AND " + day + " <= CAST(:today AS date)";
            case MORE_THAN_DAYS_AGO -> day + " < CAST(:today AS date) - " + bind(((Long) arg).intValue(), "integer");
            default -> throw new IllegalArgumentException("Not a date operator: " + operator);
        };
    }

    /** A new parameter holding the value, cast so PostgreSQL never guesses its type. */
    private String bind(Object value, String sqlType) {
        String name = "r" + next++;
        params.addValue(name, value);
        return "CAST(:" + name + " AS " + sqlType + ")";
    }
}
