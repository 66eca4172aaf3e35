package app.kehu.customer;

import app.kehu.common.ValidationException;
import app.kehu.fields.FieldDefinition;
import app.kehu.fields.FieldType.Kind;
import app.kehu.fields.FieldValues;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Decides which filters suit which fields, and reads filter values as their field's type, so that the store
 * binds a number to a number column and a date to a date column. A filter that does not suit its field is a
 * programming error; a value that cannot be read is the user's, reported under the field's key.
 */
final class ColumnFilters {

    private static final Set<Kind> ANY_OF = Set.of(Kind.TEXT, Kind.NUMBER, Kind.DATE, Kind.BOOLEAN, Kind.USER,
            Kind.LIST);

    private ColumnFilters() {
    }

    static ColumnFilter typed(FieldDefinition field, ColumnFilter filter, ValidationException.Collector errors) {
        Kind kind = field.type().kind();
        return switch (filter) {
            case ColumnFilter.Contains contains -> suits(field, filter, kind == Kind.TEXT || kind == Kind.LIST,
                    contains);
            case ColumnFilter.Equals(Object value) -> {
                Object typed = kind == Kind.LIST ? text(value) : FieldValues.normalise(field, value, errors);
                yield typed == null ? new ColumnFilter.IsEmpty() : new ColumnFilter.Equals(typed);
            }
            case ColumnFilter.AnyOf(List<Object> values) -> suits(field, filter, ANY_OF.contains(kind),
                    new ColumnFilter.AnyOf(values.stream()
                            .map(v -> kind == Kind.LIST ? text(v) : FieldValues.normalise(field, v, errors))
                            .filter(Objects::nonNull).toList()));
            case ColumnFilter.NumberRange range -> suits(field, filter, kind == Kind.NUMBER, range);
            case ColumnFilter.DateRange range -> suits(field, filter, kind == Kind.DATE || kind == Kind.DATETIME,
                    range);
            case ColumnFilter.IsEmpty empty -> empty;
            case ColumnFilter.IsNotEmpty notEmpty -> notEmpty;
        };
    }

    private static ColumnFilter suits(FieldDefinition field, ColumnFilter filter, boolean suits, ColumnFilter typed) {
        if (!suits) {
            throw new IllegalArgumentException(filter.getClass().getSimpleName() + " does not suit field "
                    + field.key() + " of type " + field.type());
        }
        return typed;
    }

    private static String text(Object value) {
        String text = value == null ? "" : value.toString().strip();
        return text.isEmpty() ? null : text;
    }
}
