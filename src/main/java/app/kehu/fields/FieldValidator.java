package app.kehu.fields;

import app.kehu.common.Emails;
import app.kehu.common.ValidationException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.regex.Pattern;

/**
 * Checks a value, already of its field's Java type (see {@link FieldValues#normalise}), against the field's type
 * and rules; problems are reported under the field's key.
 */
public final class FieldValidator {

    private static final int MAX_TAGS = 20;

    private FieldValidator() {
    }

    public static void check(FieldDefinition field, Object value, ValidationException.Collector errors) {
        if (isEmpty(value)) {
            if (field.required()) {
                errors.add(field.key(), "validation.required");
            }
            return;
        }
        switch (field.type()) {
            case TEXT, LONG_TEXT -> checkText(field, (String) value, errors);
            case EMAIL -> {
                if (!Emails.isValid((String) value)) {
                    errors.add(field.key(), "validation.email");
                } else {
                    checkText(field, (String) value, errors);
                }
            }
            case PHONE -> {
                if (!ValueFormats.isPhone((String) value)) {
                    errors.add(field.key(), "validation.phone");
                }
            }
            case URL -> {
                if (!ValueFormats.isUrl((String) value)) {
                    errors.add(field.key(), "validation.url");
                } else {
                    checkText(field, (String) value, errors);
                }
            }
            case SINGLE_SELECT -> checkOption(field, (String) value, errors);
            case MULTI_SELECT -> ((Collection<?>) value).forEach(v -> checkOption(field, v.toString(), errors));
            case INTEGER, DECIMAL, MONEY, PERCENT -> checkNumber(field, toDecimal(value), errors);
            case TAGS -> {
                Collection<?> tags = (Collection<?>) value;
                if (tags.size() > MAX_TAGS) {
                    errors.add(field.key(), "validation.too-many-tags", MAX_TAGS);
                } else if (tags.stream().anyMatch(t -> t.toString().length() > field.maxLength())) {
                    errors.add(field.key(), "validation.tag-too-long", field.maxLength());
                }
            }
            case USER, DATE, DATETIME, BOOLEAN -> {
                // Users are checked against the tenant's users by the customer service; the others are fully
                // checked by being read as their type.
            }
        }
    }

    private static void checkText(FieldDefinition field, String value, ValidationException.Collector errors) {
        FieldRules rules = field.rules();
        int length = value.codePointCount(0, value.length());
        if (length > field.maxLength()) {
            errors.add(field.key(), "validation.too-long", field.maxLength());
        } else if (rules.minLength() != null && length < rules.minLength()) {
            errors.add(field.key(), "validation.too-short", rules.minLength());
        } else if (rules.pattern() != null && !Pattern.compile(rules.pattern()).matcher(value).matches()) {
            errors.add(field.key(), "validation.pattern");
        }
    }

    private static void checkOption(FieldDefinition field, String value, ValidationException.Collector errors) {
        if (field.option(value).isEmpty() && !errors.has(field.key())) {
            errors.add(field.key(), "validation.option", value);
        }
    }

    private static void checkNumber(FieldDefinition field, BigDecimal value, ValidationException.Collector errors) {
        FieldType type = field.type();
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() > type.scale()) {
            errors.add(field.key(), type.scale() == 0 ? "validation.integer" : "validation.scale", type.scale());
        } else if (plain.precision() - plain.scale() > type.integerDigits()) {
            errors.add(field.key(), "validation.number-too-large", type.integerDigits());
        } else if (field.rules().min() != null && value.compareTo(field.rules().min()) < 0) {
            errors.add(field.key(), "validation.min", FieldValues.toText(field.rules().min()));
        } else if (field.rules().max() != null && value.compareTo(field.rules().max()) > 0) {
            errors.add(field.key(), "validation.max", FieldValues.toText(field.rules().max()));
        }
    }

    private static BigDecimal toDecimal(Object value) {
        return value instanceof Long l ? BigDecimal.valueOf(l) : (BigDecimal) value;
    }

    public static boolean isEmpty(Object value) {
        return value == null || value instanceof String s && s.isBlank()
                || value instanceof Collection<?> c && c.isEmpty();
    }
}
