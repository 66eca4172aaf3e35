package app.kehu.customer;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What a saved view restores: the columns in their order, the quick search, the filters and the sort. Only
 * field keys are stored, never columns, so a view keeps working when fields are renamed in the database.
 */
public record ViewSettings(List<ColumnSetting> columns, String search, Map<String, ColumnFilter> filters,
        List<CustomerQuery.SortKey> sort) {

    public ViewSettings {
        columns = List.copyOf(columns);
        filters = Map.copyOf(filters);
        sort = List.copyOf(sort);
    }

    /** The settings without anything about fields that no longer exist (a field may be archived later). */
    ViewSettings onlyFields(Predicate<String> known) {
        return new ViewSettings(columns.stream().filter(c -> known.test(c.key())).toList(), search,
                filters.entrySet().stream().filter(e -> known.test(e.getKey()))
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
                sort.stream().filter(s -> known.test(s.field())).toList());
    }
}
