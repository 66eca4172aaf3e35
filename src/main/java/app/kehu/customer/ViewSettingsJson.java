package app.kehu.customer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes and reads {@link ViewSettings} as JSON text. Filters are spelled out by kind ("contains", "equals",
 * "from"/"to") rather than by Java class name, so stored views survive refactoring of the filter types.
 */
final class ViewSettingsJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ViewSettingsJson() {
    }

    static String write(ViewSettings settings) {
        ObjectNode root = JSON.createObjectNode();
        var columns = root.putArray("columns");
        settings.columns().forEach(c -> columns.addObject().put("key", c.key()).put("visible", c.visible())
                .put("width", c.width()));
        root.put("search", settings.search());
        ObjectNode filters = root.putObject("filters");
        settings.filters().forEach((key, filter) -> writeFilter(filters.putObject(key), filter));
        var sort = root.putArray("sort");
        settings.sort().forEach(s -> sort.addObject().put("field", s.field()).put("ascending", s.ascending()));
        return JSON.writeValueAsString(root);
    }

    static ViewSettings read(String json) {
        JsonNode root = JSON.readTree(json);
        List<ColumnSetting> columns = new ArrayList<>();
        root.path("columns").forEach(c -> columns.add(new ColumnSetting(c.path("key").asString(),
                c.path("visible").asBoolean(true), textOrNull(c.path("width")))));
        Map<String, ColumnFilter> filters = new LinkedHashMap<>();
        root.path("filters").properties().forEach(e -> {
            ColumnFilter filter = readFilter(e.getValue());
            if (filter != null) {
                filters.put(e.getKey(), filter);
            }
        });
        List<CustomerQuery.SortKey> sort = new ArrayList<>();
        root.path("sort").forEach(s -> sort.add(new CustomerQuery.SortKey(s.path("field").asString(),
                s.path("ascending").asBoolean(true))));
        return new ViewSettings(columns, textOrNull(root.path("search")), filters, sort);
    }

    private static void writeFilter(ObjectNode node, ColumnFilter filter) {
        switch (filter) {
            case ColumnFilter.Contains(String text) -> node.put("contains", text);
            case ColumnFilter.Equals(Object value) when value instanceof Number n -> node.put("equals", n.longValue());
            case ColumnFilter.Equals(Object value) -> node.put("equals", String.valueOf(value));
            case ColumnFilter.DateRange(LocalDate from, LocalDate to) -> node
                    .put("from", from == null ? null : from.toString()).put("to", to == null ? null : to.toString());
            case ColumnFilter.NumberRange(BigDecimal from, BigDecimal to) -> node
                    .put("min", from == null ? null : from.toPlainString())
                    .put("max", to == null ? null : to.toPlainString());
            case ColumnFilter.AnyOf(List<Object> values) -> {
                ArrayNode list = node.putArray("anyOf");
                values.forEach(v -> list.add(String.valueOf(v)));
            }
            case ColumnFilter.IsEmpty() -> node.put("empty", true);
            case ColumnFilter.IsNotEmpty() -> node.put("empty", false);
        }
    }

    /** A filter of a kind this version does not know is dropped, like a field that no longer exists. */
    private static ColumnFilter readFilter(JsonNode node) {
        if (node.has("contains")) {
            return new ColumnFilter.Contains(node.get("contains").asString());
        }
        if (node.has("equals")) {
            JsonNode value = node.get("equals");
            return new ColumnFilter.Equals(value.isNumber() ? (Object) value.longValue() : value.asString());
        }
        if (node.has("from") || node.has("to")) {
            return new ColumnFilter.DateRange(date(node.path("from")), date(node.path("to")));
        }
        if (node.has("min") || node.has("max")) {
            return new ColumnFilter.NumberRange(number(node.path("min")), number(node.path("max")));
        }
        if (node.has("anyOf")) {
            List<Object> values = new ArrayList<>();
            node.get("anyOf").forEach(v -> values.add(v.asString()));
            return new ColumnFilter.AnyOf(values);
        }
        if (node.has("empty")) {
            return node.get("empty").asBoolean() ? new ColumnFilter.IsEmpty() : new ColumnFilter.IsNotEmpty();
        }
        return null;
    }

    private static BigDecimal number(JsonNode node) {
        String text = textOrNull(node);
        return text == null ? null : new BigDecimal(text);
    }

    private static LocalDate date(JsonNode node) {
        String text = textOrNull(node);
        return text == null ? null : LocalDate.parse(text);
    }

    private static String textOrNull(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asString();
    }
}
