package app.kehu.fields;

import java.math.BigDecimal;

/**
 * Validation an admin sets on a field; null means "no rule". {@code min}/{@code max} bound numbers,
 * {@code minLength}/{@code maxLength} and {@code pattern} (a Java regular expression the whole text must match)
 * bound text.
 */
public record FieldRules(BigDecimal min, BigDecimal max, Integer minLength, Integer maxLength, String pattern) {

    public static final FieldRules NONE = new FieldRules(null, null, null, null, null);

    public static FieldRules range(BigDecimal min, BigDecimal max) {
        return new FieldRules(min, max, null, null, null);
    }

    public static FieldRules range(long min, long max) {
        return range(BigDecimal.valueOf(min), BigDecimal.valueOf(max));
    }

    public static FieldRules length(Integer minLength, Integer maxLength) {
        return new FieldRules(null, null, minLength, maxLength, null);
    }

    public static FieldRules pattern(String pattern) {
        return new FieldRules(null, null, null, null, pattern);
    }
}
