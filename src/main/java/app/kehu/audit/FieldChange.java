package app.kehu.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** One field's value before and after a change; values are kept as the text a person would read. */
@Embeddable
public record FieldChange(
        @Column(name = "field", nullable = false) String field,
        @Column(name = "before_value") String before,
        @Column(name = "after_value") String after) {

    public static boolean differ(Object before, Object after) {
        return !Objects.equals(before, after);
    }
}
