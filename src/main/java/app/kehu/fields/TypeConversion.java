package app.kehu.fields;

import app.kehu.tenancy.TenantRef;
import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * How a custom field's column changes from one type to another without losing data: the expression that
 * converts each value ({@code ALTER COLUMN … TYPE … USING}), and a condition that is true for the values that
 * would not survive (wrong format, too long, out of range, more decimals, a time of day, not an option…),
 * checked before anything is changed. Pairs that have no such conversion (anything to or from a user, dates
 * from text with times) are not offered.
 *
 * <p>The conversion expression is DDL and so cannot take parameters: it contains only the generated column and
 * constants of this class. The blocking condition is a query and binds everything it compares with.
 */
record TypeConversion(String using, String blocker, String shown, MapSqlParameterSource params) {

    private static final String TRUE_WORDS = "'true', 'yes', '1', '是'";
    private static final String BOOLEAN_WORDS = TRUE_WORDS + ", 'false', 'no', '0', '否'";

    /** The conversion of {@code from}'s column to {@code to}, checking values against the target's rules. */
    static Optional<TypeConversion> between(TenantRef tenant, FieldDefinition from, FieldDefinition to) {
        String c = SqlIdentifiers.quote(from.column());
        MapSqlParameterSource params = new MapSqlParameterSource();
        Optional<Base> base = base(tenant, from.type(), to.type(), c, params);
        return base.map(b -> {
            String check = targetCheck(to, b.using(), params);
            String blocker = b.blocker() == null ? check
                    : check == null ? b.blocker() : "CASE WHEN " + b.blocker() + " THEN true ELSE " + check + " END";
            String shown = from.type().isMultiValued() ? "array_to_string(" + c + ", ', ')" : c + "::text";
            return new TypeConversion(b.using(), blocker == null ? "false" : blocker, shown, params);
        });
    }

    /** Storage conversion, and what the source values must satisfy to convert at all. */
    private static Optional<Base> base(TenantRef tenant, FieldType from, FieldType to, String c,
            MapSqlParameterSource params) {
        String trimmed = "btrim(" + c + ")";
        Base result = switch (from.kind()) {
            case TEXT -> switch (to.kind()) {
                case TEXT -> new Base(c, null);
                case LIST -> to == FieldType.MULTI_SELECT
                        ? new Base("CASE WHEN " + c + " IS NULL THEN NULL ELSE ARRAY[" + c + "] END", null) : null;
                case NUMBER -> {
                    params.addValue("format", to == FieldType.INTEGER ? ValueFormats.INTEGER : ValueFormats.DECIMAL);
                    yield new Base(trimmed + "::" + to.sqlType(), "CASE WHEN " + trimmed + " ~ :format THEN "
                            + outOfRange(trimmed + "::numeric", to, params) + " ELSE true END");
                }
                case DATE -> {
                    params.addValue("format", ValueFormats.DATE);
                    yield new Base(trimmed + "::date", "CASE WHEN " + trimmed + " ~ :format THEN NOT "
                            + tenant.quotedSchema() + ".kehu_is_date(" + trimmed + ") ELSE true END");
                }
                case BOOLEAN -> new Base("CASE WHEN " + c + " IS NULL THEN NULL WHEN lower(" + trimmed + ") IN ("
                        + TRUE_WORDS + ") THEN true ELSE false END",
                        "lower(" + trimmed + ") NOT IN (" + BOOLEAN_WORDS + ")");
                default -> null;
            };
            case NUMBER -> switch (to.kind()) {
                case NUMBER -> new Base(c + "::" + to.sqlType(), outOfRange(c + "::numeric", to, params));
                case TEXT -> plainText(to) ? new Base(c + "::text", null) : null;
                default -> null;
            };
            case DATE -> switch (to.kind()) {
                case DATETIME -> new Base("(" + c + "::timestamp AT TIME ZONE 'UTC')", null);
                case TEXT -> plainText(to) ? new Base("to_char(" + c + ", 'YYYY-MM-DD')", null) : null;
                default -> null;
            };
            case DATETIME -> switch (to.kind()) {
                case DATE -> new Base("(" + c + " AT TIME ZONE 'UTC')::date",
                        "(" + c + " AT TIME ZONE 'UTC')::time <> time '00:00'");
                case TEXT -> plainText(to) ? new Base("to_char(" + c
                        + " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')",
                        "date_trunc('second', " + c + ") <> " + c) : null;
                default -> null;
            };
            case BOOLEAN -> to.kind() == FieldType.Kind.TEXT && plainText(to) ? new Base(c + "::text", null) : null;
            case LIST -> from != FieldType.MULTI_SELECT ? null
                    : to == FieldType.SINGLE_SELECT ? new Base(c + "[1]", "cardinality(" + c + ") > 1")
                    : plainText(to) ? new Base("array_to_string(" + c + ", ', ')", null) : null;
            case USER -> null;
        };
        return Optional.ofNullable(result);
    }

    private static boolean plainText(FieldType type) {
        return type == FieldType.TEXT || type == FieldType.LONG_TEXT;
    }

    /** True for numbers the target cannot hold exactly: more decimals than it keeps, or too many digits. */
    private static String outOfRange(String number, FieldType to, MapSqlParameterSource params) {
        params.addValue("scale", to.scale());
        params.addValue("limit", BigDecimal.TEN.pow(to.integerDigits()));
        return "(" + number + " <> round(" + number + ", :scale) OR abs(" + number + ") >= :limit)";
    }

    /** True for converted values the target field's type or rules refuse. */
    private static String targetCheck(FieldDefinition to, String value, MapSqlParameterSource params) {
        params.addValue("maxLength", to.maxLength());
        String tooLong = "char_length(" + value + ") > :maxLength";
        return switch (to.type()) {
            case TEXT, LONG_TEXT -> tooLong;
            case EMAIL -> bound(params, "pattern", ValueFormats.EMAIL, "NOT (" + value + " ~ :pattern) OR " + tooLong);
            case URL -> bound(params, "pattern", ValueFormats.URL, "NOT (" + value + " ~ :pattern) OR " + tooLong);
            case PHONE -> {
                params.addValue("minDigits", ValueFormats.PHONE_MIN_DIGITS);
                params.addValue("maxDigits", ValueFormats.PHONE_MAX_DIGITS);
                yield bound(params, "pattern", ValueFormats.PHONE, "NOT (" + value + " ~ :pattern) OR char_length("
                        + "regexp_replace(" + value + ", '[^0-9]', '', 'g')) NOT BETWEEN :minDigits AND :maxDigits");
            }
            case SINGLE_SELECT -> bound(params, "options", optionValues(to),
                    "NOT (" + value + " = ANY (CAST(:options AS text[])))");
            case MULTI_SELECT -> bound(params, "options", optionValues(to),
                    "NOT (" + value + " <@ CAST(:options AS text[]))");
            default -> null;
        };
    }

    private static String bound(MapSqlParameterSource params, String name, Object value, String sql) {
        params.addValue(name, value);
        return sql;
    }

    private static String[] optionValues(FieldDefinition field) {
        return field.options().stream().map(SelectOption::value).toArray(String[]::new);
    }

    private record Base(String using, String blocker) {
    }
}
