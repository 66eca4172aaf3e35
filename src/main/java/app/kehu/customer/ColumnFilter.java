package app.kehu.customer;

import java.time.LocalDate;

/** A filter on one field of the grid. */
public sealed interface ColumnFilter {

    /** Case-insensitive "contains" for text; "has a tag containing" for tags. */
    record Contains(String text) implements ColumnFilter {
    }

    /** Exact match, e.g. an owner's user id. */
    record Equals(Object value) implements ColumnFilter {
    }

    /** Dates, inclusive on both ends; either end may be open. */
    record DateRange(LocalDate from, LocalDate to) implements ColumnFilter {
    }
}
