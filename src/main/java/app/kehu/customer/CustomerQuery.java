package app.kehu.customer;

import java.util.List;
import java.util.Map;

/** What the grid asks for: a quick search over the searchable fields, filters per field and a sort order. */
public record CustomerQuery(String search, Map<String, ColumnFilter> filters, List<SortKey> sort) {

    public CustomerQuery {
        filters = Map.copyOf(filters);
        sort = List.copyOf(sort);
    }

    public static CustomerQuery all() {
        return new CustomerQuery(null, Map.of(), List.of());
    }

    public record SortKey(String field, boolean ascending) {
    }
}
