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

    /**
     * The settings with only the columns of fields shown, and only the filters and sorts on searchable fields:
     * nothing about fields that no longer exist (a field may be archived later) or the user may not read.
     */
    ViewSettings onlyFields(Predicate<String> shown, Predicate<String> searchable) {
        return new ViewSettings(columns.stream().filter(c -> shown.test(c.key())).toList(), search,
                filters.entrySet().stream().filter(e -> searchable.test(e.getKey()))
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
                sort.stream().filter(s -> searchable.test(s.field())).toList());
    }
}
