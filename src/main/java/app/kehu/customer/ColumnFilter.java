package app.kehu.customer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * A filter on one field of the grid. Which filters a field takes follows its type: text contains/equals,
 * number and date ranges, any-of for selects and users, empty/not empty for every field. Values may be given
 * as the field's Java type or as text, as the grid's filter boxes hold it.
 */
public sealed interface ColumnFilter {

    /** Case-insensitive "contains" for text; "has an entry containing" for tags and multi selects. */
    record Contains(String text) implements ColumnFilter {
    }

    /** Exactly this value; for tags and multi selects, "has this entry". */
    record Equals(Object value) implements ColumnFilter {
    }

    /** Numbers, inclusive on both ends; either end may be open. */
    record NumberRange(BigDecimal from, BigDecimal to) implements ColumnFilter {
    }

    /** Dates, inclusive on both ends; either end may be open. Date-times match by their day in the server's time zone, as the grid shows them. */
    record DateRange(LocalDate from, LocalDate to) implements ColumnFilter {
    }

    /** Any of these values: options of a select (for a multi select, having any of them), users, texts. */
    record AnyOf(List<Object> values) implements ColumnFilter {

        public AnyOf {
            values = List.copyOf(values);
        }

        public AnyOf(Collection<?> values) {
            this(List.copyOf(values));
        }
    }

    /** No value (for lists: no entry). */
    record IsEmpty() implements ColumnFilter {
    }

    /** Some value (for lists: at least one entry). */
    record IsNotEmpty() implements ColumnFilter {
    }
}
