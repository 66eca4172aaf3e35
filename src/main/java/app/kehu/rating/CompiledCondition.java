package app.kehu.rating;

import app.kehu.fields.FieldType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * A condition whose operand resolved to a column, whose operator suits the operand's type and whose values
 * parsed as that operator needs them: numbers as BigDecimal, dates as LocalDate, day counts as Long, owner ids
 * as Long, texts as given. Both evaluators work from this; a condition that does not compile (a field retyped
 * or gone since the version was published) never matches in either, and {@link RuleCheck} refuses to publish
 * it.
 */
record CompiledCondition(OperandColumn operand, Operator operator, List<Object> args) {

    /** Numbers a rule may name: well inside numeric(20,6), so that sums stay exact. */
    static final BigDecimal NUMBER_LIMIT = new BigDecimal("1000000000000");
    static final int MAX_SCALE = 6;
    static final long MAX_DAYS = 36_500;

    static Optional<CompiledCondition> compile(RuleCondition condition, RuleOperands operands) {
        return compile(condition, operands, (key, args) -> {
        });
    }

    /** Compiles, reporting each problem as a message key and its arguments; empty if there was one. */
    static Optional<CompiledCondition> compile(RuleCondition condition, RuleOperands operands,
            BiConsumer<String, Object[]> problems) {
        Optional<OperandColumn> column = operands.column(condition.operand());
        Optional<Operand> operand = operands.operand(condition.operand());
        if (column.isEmpty() || operand.isEmpty()) {
            problems.accept("rating.error.unknown-operand", new Object[] {String.valueOf(condition.operand())});
            return Optional.empty();
        }
        Operator operator = condition.operator();
        if (operator == null || !operand.get().operators().contains(operator)) {
            problems.accept("rating.error.operator", new Object[] {String.valueOf(operator)});
            return Optional.empty();
        }
        List<String> values = condition.values();
        boolean arityOk = operator.arity() < 0 ? !values.isEmpty() : values.size() == operator.arity();
        if (!arityOk) {
            problems.accept("rating.error.arity", new Object[] {operator.arity()});
            return Optional.empty();
        }
        List<Object> args = new ArrayList<>();
        for (String value : values) {
            Object parsed = parse(column.get().type(), operator, value);
            if (parsed == null) {
                problems.accept("rating.error.value", new Object[] {String.valueOf(value)});
                return Optional.empty();
            }
            args.add(parsed);
        }
        if (operator == Operator.BETWEEN && ((BigDecimal) args.get(0)).compareTo((BigDecimal) args.get(1)) >= 0) {
            problems.accept("rating.error.between", new Object[] {values.get(0), values.get(1)});
            return Optional.empty();
        }
        return Optional.of(new CompiledCondition(column.get(), operator, List.copyOf(args)));
    }

    /** The value as the operator compares it, or null if it cannot be read so. */
    private static Object parse(FieldType type, Operator operator, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (operator) {
            case WITHIN_LAST_DAYS, MORE_THAN_DAYS_AGO -> days(value);
            case BEFORE, AFTER -> date(value);
            case ANY_OF, NONE_OF -> type == FieldType.USER ? id(value) : value;
            case EQUALS, NOT_EQUALS, GREATER_THAN, AT_LEAST, LESS_THAN, AT_MOST, BETWEEN ->
                    type.isNumeric() ? number(value) : value;
            default -> value;
        };
    }

    private static BigDecimal number(String value) {
        try {
            BigDecimal number = new BigDecimal(value.strip());
            return number.abs().compareTo(NUMBER_LIMIT) < 0 && number.stripTrailingZeros().scale() <= MAX_SCALE
                    ? number : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Long days(String value) {
        Long days = id(value);
        return days != null && days >= 0 && days <= MAX_DAYS ? days : null;
    }

    private static Long id(String value) {
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
