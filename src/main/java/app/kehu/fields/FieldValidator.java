package app.kehu.fields;

import app.kehu.common.Emails;
import app.kehu.common.ValidationException;
import java.util.Collection;
import java.util.regex.Pattern;

/** Checks a value against its field's type and rules; problems are reported under the field's key. */
public final class FieldValidator {

    /** Digits with the separators people type: +86 138 0013 8000, 010-6552 9988, (021) 5888-1234. */
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9()\\- ]{6,24}$");
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
            case TEXT -> checkLength(field, (String) value, errors);
            case EMAIL -> {
                if (!Emails.isValid((String) value)) {
                    errors.add(field.key(), "validation.email");
                }
            }
            case PHONE -> {
                String phone = (String) value;
                long digits = phone.chars().filter(Character::isDigit).count();
                if (!PHONE.matcher(phone).matches() || digits < 6 || digits > 15) {
                    errors.add(field.key(), "validation.phone");
                }
            }
            case TAGS -> {
                Collection<?> tags = (Collection<?>) value;
                if (tags.size() > MAX_TAGS) {
                    errors.add(field.key(), "validation.too-many-tags", MAX_TAGS);
                } else if (tags.stream().anyMatch(t -> t.toString().length() > field.maxLength())) {
                    errors.add(field.key(), "validation.tag-too-long", field.maxLength());
                }
            }
            case USER, DATETIME -> {
                // Owners are checked against the tenant's users by the customer service; timestamps are set by it.
            }
        }
    }

    private static void checkLength(FieldDefinition field, String value, ValidationException.Collector errors) {
        if (value.length() > field.maxLength()) {
            errors.add(field.key(), "validation.too-long", field.maxLength());
        }
    }

    public static boolean isEmpty(Object value) {
        return value == null || value instanceof String s && s.isBlank()
                || value instanceof Collection<?> c && c.isEmpty();
    }
}
