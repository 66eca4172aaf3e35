package app.kehu.common;

import java.util.List;

/** One thing wrong with one input field, as a translation key and its arguments. */
public record FieldError(String field, String messageKey, List<Object> args) {

    public FieldError(String field, String messageKey, Object... args) {
        this(field, messageKey, List.of(args));
    }
}
