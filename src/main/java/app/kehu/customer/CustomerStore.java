package app.kehu.customer;

import app.kehu.fields.FieldDefinition;
import app.kehu.fields.FieldRegistry;
import app.kehu.fields.FieldType;
import app.kehu.tenancy.TenantRef;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes a tenant's customer table with SQL generated from the field registry. Identifiers come
 * only from the registry and the validated tenant schema, and are quoted; every value is a bound parameter.
 * The store does no authorisation: {@link CustomerService} decides who may do what.
 */
@Repository
class CustomerStore {

    private static final int STREAM_FETCH_SIZE = 1000;

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate streaming;
    private final FieldRegistry fields;

    CustomerStore(NamedParameterJdbcTemplate jdbc, FieldRegistry fields) {
        this.jdbc = jdbc;
        this.fields = fields;
        // A cursor instead of one big result, so that exporting a large tenant does not load it into memory;
        // PostgreSQL honours the fetch size inside a transaction.
        JdbcTemplate cursor = new JdbcTemplate(jdbc.getJdbcTemplate().getDataSource());
        cursor.setFetchSize(STREAM_FETCH_SIZE);
        this.streaming = new NamedParameterJdbcTemplate(cursor);
    }

    Optional<Customer> find(TenantRef tenant, long id, Long ownerOnly) {
        SqlWhere where = new SqlWhere().and("\"id\" = :id", "id", id);
        restrictOwner(where, ownerOnly);
        return jdbc.query(select(tenant) + where.sql(), where.params(), rowMapper()).stream().findFirst();
    }

    /** The customers among the ids that exist (and, if restricted, belong to the owner). */
    List<Customer> findAll(TenantRef tenant, Collection<Long> ids, Long ownerOnly) {
        if (ids.isEmpty()) {
            return List.of();
        }
        SqlWhere where = new SqlWhere().and("\"id\" = ANY(:ids)", "ids", ids.toArray(Long[]::new));
        restrictOwner(where, ownerOnly);
        return jdbc.query(select(tenant) + where.sql() + " ORDER BY \"id\"", where.params(), rowMapper());
    }

    List<Customer> page(TenantRef tenant, CustomerQuery query, Long ownerOnly, int offset, int limit) {
        SqlWhere where = where(query, ownerOnly);
        String sql = select(tenant) + where.sql() + orderBy(query) + " LIMIT :limit OFFSET :offset";
        MapSqlParameterSource params = where.params().addValue("limit", limit).addValue("offset", offset);
        return jdbc.query(sql, params, rowMapper());
    }

    /** Hands every matching customer, in the query's order, to the action without holding them all. */
    void forEach(TenantRef tenant, CustomerQuery query, Long ownerOnly, Consumer<Customer> action) {
        SqlWhere where = where(query, ownerOnly);
        RowMapper<Customer> mapper = rowMapper();
        streaming.query(select(tenant) + where.sql() + orderBy(query), where.params(),
                (RowCallbackHandler) rs -> action.accept(mapper.mapRow(rs, 0)));
    }

    long count(TenantRef tenant, CustomerQuery query, Long ownerOnly) {
        SqlWhere where = where(query, ownerOnly);
        Long count = jdbc.queryForObject("SELECT count(*) FROM " + tenant.table("customer") + where.sql(),
                where.params(), Long.class);
        return count == null ? 0 : count;
    }

    Customer insert(TenantRef tenant, Map<String, Object> values) {
        List<FieldDefinition> writable = writable(values);
        MapSqlParameterSource params = bind(writable, values);
        String columns = writable.stream().map(f -> quote(f.column())).collect(Collectors.joining(", "));
        String placeholders = writable.stream().map(f -> ":" + f.key()).collect(Collectors.joining(", "));
        Long id = jdbc.queryForObject("INSERT INTO " + tenant.table("customer") + " (" + columns + ") VALUES ("
                + placeholders + ") RETURNING \"id\"", params, Long.class);
        return find(tenant, id, null).orElseThrow();
    }

    /** Writes the values if the row still has the expected version; empty if it does not (or is gone). */
    Optional<Customer> update(TenantRef tenant, long id, long expectedVersion, Map<String, Object> values) {
        List<FieldDefinition> writable = writable(values);
        MapSqlParameterSource params = bind(writable, values).addValue("id", id).addValue("version", expectedVersion);
        String assignments = writable.stream().map(f -> quote(f.column()) + " = :" + f.key())
                .collect(Collectors.joining(", "));
        int updated = jdbc.update("UPDATE " + tenant.table("customer") + " SET " + assignments
                + (assignments.isEmpty() ? "" : ", ")
                + "\"version\" = \"version\" + 1, \"updated_at\" = now() WHERE \"id\" = :id AND \"version\" = :version",
                params);
        return updated == 0 ? Optional.empty() : find(tenant, id, null);
    }

    boolean delete(TenantRef tenant, long id, long expectedVersion) {
        return jdbc.update("DELETE FROM " + tenant.table("customer") + " WHERE \"id\" = :id AND \"version\" = :version",
                new MapSqlParameterSource("id", id).addValue("version", expectedVersion)) == 1;
    }

    private String select(TenantRef tenant) {
        String columns = fields.fields().stream().map(f -> quote(f.column())).collect(Collectors.joining(", "));
        return "SELECT \"id\", \"version\", " + columns + " FROM " + tenant.table("customer");
    }

    private SqlWhere where(CustomerQuery query, Long ownerOnly) {
        SqlWhere where = new SqlWhere();
        restrictOwner(where, ownerOnly);
        if (query.search() != null && !query.search().isBlank()) {
            String pattern = likePattern(query.search());
            String anyField = fields.fields().stream().filter(FieldDefinition::quickSearch)
                    .map(f -> quote(f.column()) + " ILIKE :search").collect(Collectors.joining(" OR "));
            where.and("(" + anyField + ")", "search", pattern);
        }
        query.filters().forEach((key, filter) -> addFilter(where, fields.require(key), filter));
        return where;
    }

    private static void restrictOwner(SqlWhere where, Long ownerOnly) {
        if (ownerOnly != null) {
            where.and("\"owner_id\" = :ownerOnly", "ownerOnly", ownerOnly);
        }
    }

    private static void addFilter(SqlWhere where, FieldDefinition field, ColumnFilter filter) {
        String column = quote(field.column());
        String param = "f_" + field.key();
        switch (filter) {
            case ColumnFilter.Contains(String text) when field.type() == FieldType.TAGS -> where.and(
                    "EXISTS (SELECT 1 FROM unnest(" + column + ") AS tag WHERE tag ILIKE :" + param + ")", param,
                    likePattern(text));
            case ColumnFilter.Contains(String text) -> where.and(column + " ILIKE :" + param, param, likePattern(text));
            case ColumnFilter.Equals(Object value) -> where.and(column + " = :" + param, param, value);
            case ColumnFilter.DateRange(var from, var to) -> {
                if (from != null) {
                    where.and(column + " >= :" + param + "_from", param + "_from",
                            Timestamp.from(from.atStartOfDay(ZoneOffset.UTC).toInstant()));
                }
                if (to != null) {
                    where.and(column + " < :" + param + "_to", param + "_to",
                            Timestamp.from(to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
                }
            }
        }
    }

    private String orderBy(CustomerQuery query) {
        List<String> terms = new ArrayList<>();
        for (CustomerQuery.SortKey key : query.sort()) {
            String column = quote(fields.require(key.field()).column());
            terms.add(column + (key.ascending() ? " ASC NULLS LAST" : " DESC NULLS LAST"));
        }
        terms.add(query.sort().isEmpty() ? "\"updated_at\" DESC, \"id\" DESC" : "\"id\" ASC");
        return " ORDER BY " + String.join(", ", terms);
    }

    private List<FieldDefinition> writable(Map<String, Object> values) {
        return fields.fields().stream().filter(f -> !f.readOnly() && values.containsKey(f.key())).toList();
    }

    private static MapSqlParameterSource bind(List<FieldDefinition> writable, Map<String, Object> values) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        for (FieldDefinition field : writable) {
            Object value = values.get(field.key());
            if (field.type() == FieldType.TAGS) {
                value = value == null ? new String[0] : ((Collection<?>) value).stream().map(Object::toString)
                        .toArray(String[]::new);
            }
            params.addValue(field.key(), value);
        }
        return params;
    }

    private RowMapper<Customer> rowMapper() {
        List<FieldDefinition> all = fields.fields();
        return (rs, row) -> {
            Map<String, Object> values = new LinkedHashMap<>();
            for (FieldDefinition field : all) {
                values.put(field.key(), read(rs, field));
            }
            return new Customer(rs.getLong("id"), rs.getLong("version"), values);
        };
    }

    private static Object read(ResultSet rs, FieldDefinition field) throws SQLException {
        return switch (field.type()) {
            case TAGS -> {
                Array array = rs.getArray(field.column());
                yield array == null ? List.of() : List.of((String[]) array.getArray());
            }
            case DATETIME -> {
                Timestamp timestamp = rs.getTimestamp(field.column());
                yield timestamp == null ? null : timestamp.toInstant();
            }
            case USER -> rs.getObject(field.column(), Long.class);
            default -> rs.getString(field.column());
        };
    }

    private static String likePattern(String text) {
        String escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** A WHERE clause under construction with its bound parameters. */
    private static final class SqlWhere {

        private final List<String> conditions = new ArrayList<>();
        private final MapSqlParameterSource params = new MapSqlParameterSource();

        SqlWhere and(String condition, String param, Object value) {
            conditions.add(condition);
            params.addValue(param, value);
            return this;
        }

        String sql() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }

        MapSqlParameterSource params() {
            return params;
        }
    }
}
