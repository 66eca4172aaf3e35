package app.kehu.fields;

import app.kehu.common.ValidationException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Brings values from a form, an import or an API to their field's Java value type (see {@link FieldType}):
 * text is trimmed and blanks mean "no value", text is parsed for typed fields, option lists are cleaned up.
 * What cannot be read as the type is reported under the field's key. Also writes values as the canonical text
 * that stored defaults and the audit log use, which {@link #normalise} reads back.
 */
public final class FieldValues {

    private static final Map<String, Boolean> BOOLEAN_WORDS = Map.of("true", true, "false", false, "yes", true, "no",
            false, "1", true, "0", false, "是", true, "否", false);
    private static final BigDecimal INTEGER_LIMIT = BigDecimal.TEN.pow(18);

    private FieldValues() {
    }

    /**
     * The value as the field's Java type; null for "no value" (an empty list for tags), and null with an error
     * if it cannot be read as the type.
     */
    public static Object normalise(FieldDefinition field, Object raw, ValidationException.Collector errors) {
        Object value = raw instanceof String text ? text.strip() : raw;
        if (FieldValidator.isEmpty(value)) {
            return field.type() == FieldType.TAGS ? List.of() : null;
        }
        try {
            return read(field, value);
        } catch (IllegalArgumentException | ArithmeticException | DateTimeParseException e) {
            errors.add(field.key(), unreadableMessage(field.type()));
            return null;
        }
    }

    private static Object read(FieldDefinition field, Object value) {
        return switch (field.type()) {
            case TEXT, LONG_TEXT, EMAIL, PHONE, URL, SINGLE_SELECT -> text(value);
            case INTEGER, USER -> whole(value);
            case DECIMAL, MONEY, PERCENT -> decimal(value);
            case DATE -> date(value);
            case DATETIME -> instant(value);
            case BOOLEAN -> bool(value);
            case MULTI_SELECT -> options(field, value);
            case TAGS -> list(value).sorted().toList();
        };
    }

    private static String text(Object value) {
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value.toString().strip();
        }
        throw new IllegalArgumentException("Not text: " + value.getClass());
    }

    private static Long whole(Object value) {
        BigDecimal number = switch (value) {
            case Long l -> BigDecimal.valueOf(l);
            case Integer i -> BigDecimal.valueOf(i);
            case Short s -> BigDecimal.valueOf(s);
            case BigInteger b -> new BigDecimal(b);
            case BigDecimal b -> b;
            case String s when ValueFormats.INTEGER_PATTERN.matcher(s).matches() -> new BigDecimal(s);
            default -> throw new IllegalArgumentException("Not a whole number: " + value);
        };
        if (number.abs().compareTo(INTEGER_LIMIT) >= 0) {
            throw new IllegalArgumentException("Too large: " + value);
        }
        return number.longValueExact();
    }

    private static BigDecimal decimal(Object value) {
        return switch (value) {
            case BigDecimal b -> b;
            case Long l -> BigDecimal.valueOf(l);
            case Integer i -> BigDecimal.valueOf(i);
            case BigInteger b -> new BigDecimal(b);
            case Double d when Double.isFinite(d) -> new BigDecimal(d.toString());
            case Float f when Float.isFinite(f) -> new BigDecimal(f.toString());
            case String s when ValueFormats.DECIMAL_PATTERN.matcher(s).matches() -> new BigDecimal(s);
            default -> throw new IllegalArgumentException("Not a number: " + value);
        };
    }

    private static LocalDate date(Object value) {
        return switch (value) {
            case LocalDate d -> d;
            case String s -> LocalDate.parse(s);
            default -> throw new IllegalArgumentException("Not a date: " + value);
        };
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case Instant i -> i;
            case OffsetDateTime o -> o.toInstant();
            case ZonedDateTime z -> z.toInstant();
            case Date d -> d.toInstant();
            case String s -> OffsetDateTime.parse(s).toInstant();
            default -> throw new IllegalArgumentException("Not a point in time: " + value);
        };
    }

    private static Boolean bool(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        Boolean word = value instanceof String s ? BOOLEAN_WORDS.get(s.toLowerCase(Locale.ROOT)) : null;
        if (word == null) {
            throw new IllegalArgumentException("Not yes or no: " + value);
        }
        return word;
    }

    /** Distinct option values in the order the field lists its options (unknown ones last, for the validator). */
    private static List<String> options(FieldDefinition field, Object value) {
        List<String> order = field.options().stream().map(SelectOption::value).toList();
        List<String> values = list(value).toList();
        return values.isEmpty() ? null : values.stream()
                .sorted(Comparator.comparingInt(v -> order.contains(v) ? order.indexOf(v) : order.size())).toList();
    }

    private static Stream<String> list(Object value) {
        Stream<?> items = switch (value) {
            case Collection<?> c -> c.stream();
            case String s -> Arrays.stream(s.split(","));
            default -> throw new IllegalArgumentException("Not a list: " + value);
        };
        return items.filter(item -> item != null).map(item -> item.toString().strip()).filter(s -> !s.isEmpty())
                .distinct();
    }

    private static String unreadableMessage(FieldType type) {
        return switch (type.kind()) {
            case NUMBER -> type == FieldType.INTEGER ? "validation.integer" : "validation.number";
            case DATE -> "validation.date";
            case DATETIME -> "validation.datetime";
            case BOOLEAN -> "validation.boolean";
            case USER -> "validation.user";
            case TEXT, LIST -> "validation.text";
        };
    }

    /**
     * The canonical text of a value: what a stored default is, and what the audit log shows. Numbers are plain,
     * dates and instants ISO-8601, lists comma-separated.
     */
    public static String toText(Object value) {
        return switch (value) {
            case null -> null;
            case BigDecimal b -> b.stripTrailingZeros().toPlainString();
            case Collection<?> c -> c.isEmpty() ? null
                    : c.stream().map(Object::toString).collect(Collectors.joining(", "));
            default -> value.toString();
        };
    }

    /**
     * The value as JDBC binds it into the field's column: lists as arrays (tags never null, an empty multi
     * select as null, so that NOT NULL means "at least one"), instants as timestamps.
     */
    public static Object toJdbc(FieldType type, Object value) {
        return switch (type) {
            case TAGS -> value == null ? new String[0] : array(value);
            case MULTI_SELECT -> FieldValidator.isEmpty(value) ? null : array(value);
            case DATETIME -> value == null ? null : Timestamp.from((Instant) value);
            default -> value;
        };
    }

    private static String[] array(Object list) {
        return ((Collection<?>) list).stream().map(Object::toString).toArray(String[]::new);
    }

    /** The option values of a list, for set comparisons. */
    static Set<String> valuesOf(List<SelectOption> options) {
        return options.stream().map(SelectOption::value).collect(Collectors.toSet());
    }

    /** A column's value as its type's Java value type; a list column without a value reads as an empty list. */
    public static Object read(ResultSet rs, String column, FieldType type) throws SQLException {
        return switch (type.kind()) {
            case LIST -> {
                Array array = rs.getArray(column);
                yield array == null ? List.of() : List.of((String[]) array.getArray());
            }
            case DATETIME -> {
                Timestamp timestamp = rs.getTimestamp(column);
                yield timestamp == null ? null : timestamp.toInstant();
            }
            case DATE -> rs.getObject(column, LocalDate.class);
            case NUMBER -> type == FieldType.INTEGER ? rs.getObject(column, Long.class) : rs.getBigDecimal(column);
            case USER -> rs.getObject(column, Long.class);
            case BOOLEAN -> rs.getObject(column, Boolean.class);
            case TEXT -> rs.getString(column);
        };
    }
}
