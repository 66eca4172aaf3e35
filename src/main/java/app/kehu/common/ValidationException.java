package app.kehu.common;

import java.util.List;
import java.util.stream.Collectors;

/** Input a service refused; each error names the field it is about, so a form can show it next to it. */
public class ValidationException extends RuntimeException {

    private final transient List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.messageKey()).collect(Collectors.joining(", ")));
        this.errors = List.copyOf(errors);
    }

    public ValidationException(FieldError error) {
        this(List.of(error));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Collects errors and throws them together, so a user sees every problem of a form at once. */
    public static final class Collector {

        private final java.util.ArrayList<FieldError> errors = new java.util.ArrayList<>();

        public Collector add(String field, String messageKey, Object... args) {
            errors.add(new FieldError(field, messageKey, args));
            return this;
        }

        /** The errors collected so far. */
        public List<FieldError> errors() {
            return List.copyOf(errors);
        }

        public boolean has(String field) {
            return errors.stream().anyMatch(e -> e.field().equals(field));
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
        }
    }
}
