package app.kehu.customer;

import app.kehu.common.FieldError;
import app.kehu.common.LikePatterns;
import app.kehu.common.ValidationException;
import app.kehu.fields.FieldDefinition;
import app.kehu.fields.FieldSet;
import app.kehu.fields.FieldType;
import app.kehu.fields.FieldValues;
import app.kehu.fields.SqlIdentifiers;
import app.kehu.tenancy.TenantRef;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes a tenant's customer table with SQL generated from its field set. Identifiers come only from
 * the field set and the validated tenant schema, and are quoted; every value is a bound parameter, named after
 * its column (never after a field key, which an admin chooses). The store does no authorisation:
 * {@link CustomerService} decides who may do what; values reach it already of their field's Java type.
 */
@Repository
class CustomerStore {

    private static final int STREAM_FETCH_SIZE = 1000;

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate streaming;

    CustomerStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        // A cursor instead of one big result, so that exporting a large tenant does not load it into memory;
        // PostgreSQL honours the fetch size inside a transaction.
        JdbcTemplate cursor = new JdbcTemplate(jdbc.getJdbcTemplate().getDataSource());
        cursor.setFetchSize(STREAM_FETCH_SIZE);
        this.streaming = new NamedParameterJdbcTemplate(cursor);
    }

    Optional<Customer> find(TenantRef tenant, FieldSet fields, long id, Long ownerOnly) {
        SqlWhere where = new SqlWhere().and("\"id\" = :id", "id", id);
        restrictOwner(where, ownerOnly);
        return jdbc.query(select(tenant, fields) + where.sql(), where.params(), rowMapper(fields)).stream()
                .findFirst();
    }

    /** The customers among the ids that exist (and, if restricted, belong to the owner). */
    List<Customer> findAll(TenantRef tenant, FieldSet fields, Collection<Long> ids, Long ownerOnly) {
        if (ids.isEmpty()) {
            return List.of();
        }
        SqlWhere where = new SqlWhere().and("\"id\" = ANY(:ids)", "ids", ids.toArray(Long[]::new));
        restrictOwner(where, ownerOnly);
        return jdbc.query(select(tenant, fields) + where.sql() + " ORDER BY \"id\"", where.params(),
                rowMapper(fields));
    }

    List<Customer> page(TenantRef tenant, FieldSet fields, CustomerQuery query, Long ownerOnly, int offset,
            int limit) {
        SqlWhere where = where(fields, query, ownerOnly);
        String sql = select(tenant, fields) + where.sql() + orderBy(fields, query) + " LIMIT :limit OFFSET :offset";
        MapSqlParameterSource params = where.params().addValue("limit", limit).addValue("offset", offset);
        return jdbc.query(sql, params, rowMapper(fields));
    }

    /** Hands every matching customer, in the query's order, to the action without holding them all. */
    void forEach(TenantRef tenant, FieldSet fields, CustomerQuery query, Long ownerOnly, Consumer<Customer> action) {
        SqlWhere where = where(fields, query, ownerOnly);
        RowMapper<Customer> mapper = rowMapper(fields);
        streaming.query(select(tenant, fields) + where.sql() + orderBy(fields, query), where.params(),
                (RowCallbackHandler) rs -> action.accept(mapper.mapRow(rs, 0)));
    }

    long count(TenantRef tenant, FieldSet fields, CustomerQuery query, Long ownerOnly) {
        SqlWhere where = where(fields, query, ownerOnly);
        Long count = jdbc.queryForObject("SELECT count(*) FROM " + tenant.table("customer") + where.sql(),
                where.params(), Long.class);
        return count == null ? 0 : count;
    }

    Customer insert(TenantRef tenant, FieldSet fields, Map<String, Object> values) {
        List<FieldDefinition> writable = writable(fields, values);
        MapSqlParameterSource params = bind(writable, values);
        String columns = writable.stream().map(f -> quote(f.column())).collect(Collectors.joining(", "));
        String placeholders = writable.stream().map(f -> ":" + param(f)).collect(Collectors.joining(", "));
        Long id = uniquely(fields, () -> jdbc.queryForObject("INSERT INTO " + tenant.table("customer") + " ("
                + columns + ") VALUES (" + placeholders + ") RETURNING \"id\"", params, Long.class));
        return find(tenant, fields, id, null).orElseThrow();
    }

    /** Writes the values if the row still has the expected version; empty if it does not (or is gone). */
    Optional<Customer> update(TenantRef tenant, FieldSet fields, long id, long expectedVersion,
            Map<String, Object> values) {
        List<FieldDefinition> writable = writable(fields, values);
        MapSqlParameterSource params = bind(writable, values).addValue("id", id).addValue("version", expectedVersion);
        String assignments = writable.stream().map(f -> quote(f.column()) + " = :" + param(f))
                .collect(Collectors.joining(", "));
        int updated = uniquely(fields, () -> jdbc.update("UPDATE " + tenant.table("customer") + " SET " + assignments
                + (assignments.isEmpty() ? "" : ", ")
                + "\"version\" = \"version\" + 1, \"updated_at\" = now() WHERE \"id\" = :id AND \"version\" = :version",
                params));
        return updated == 0 ? Optional.empty() : find(tenant, fields, id, null);
    }

    boolean delete(TenantRef tenant, long id, long expectedVersion) {
        return jdbc.update("DELETE FROM " + tenant.table("customer") + " WHERE \"id\" = :id AND \"version\" = :version",
                new MapSqlParameterSource("id", id).addValue("version", expectedVersion)) == 1;
    }

    /** Whether another customer (not {@code exceptId}) already has this value of a unique field. */
    boolean isTaken(TenantRef tenant, FieldDefinition field, Object value, Long exceptId) {
        Boolean taken = jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM " + tenant.table("customer") + " WHERE "
                + quote(field.column()) + " = " + typed(field, "value") + " AND \"id\" <> :exceptId)",
                new MapSqlParameterSource("value", FieldValues.toJdbc(field.type(), value))
                        .addValue("exceptId", exceptId == null ? -1L : exceptId), Boolean.class);
        return Boolean.TRUE.equals(taken);
    }

    private static String select(TenantRef tenant, FieldSet fields) {
        String columns = fields.active().stream().map(f -> quote(f.column())).collect(Collectors.joining(", "));
        return "SELECT \"id\", \"version\", " + columns + " FROM " + tenant.table("customer");
    }

    private static SqlWhere where(FieldSet fields, CustomerQuery query, Long ownerOnly) {
        SqlWhere where = new SqlWhere();
        restrictOwner(where, ownerOnly);
        if (query.search() != null && !query.search().isBlank()) {
            String pattern = LikePatterns.containing(query.search());
            String anyField = fields.active().stream().filter(FieldDefinition::quickSearch)
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

    /** Adds the filter's condition; the service has checked that the filter suits the field and typed its values. */
    private static void addFilter(SqlWhere where, FieldDefinition field, ColumnFilter filter) {
        String column = quote(field.column());
        String param = "f_" + field.column();
        boolean list = field.type().isMultiValued();
        switch (filter) {
            case ColumnFilter.Contains(String text) when list -> where.and("EXISTS (SELECT 1 FROM unnest(" + column
                    + ") AS entry WHERE entry ILIKE :" + param + ")", param, LikePatterns.containing(text));
            case ColumnFilter.Contains(String text) -> where.and(column + " ILIKE :" + param, param,
                    LikePatterns.containing(text));
            case ColumnFilter.Equals(Object value) when list -> where.and(":" + param + " = ANY (" + column + ")",
                    param, value.toString());
            case ColumnFilter.Equals(Object value) -> where.and(column + " = " + typed(field, param), param,
                    FieldValues.toJdbc(field.type(), value));
            case ColumnFilter.AnyOf(List<Object> values) -> where.and(column + (list ? " && " : " = ANY (")
                    + "CAST(CAST(:" + param + " AS text[]) AS " + elementType(field) + "[])" + (list ? "" : ")"),
                    param, values.stream().map(FieldValues::toText).toArray(String[]::new));
            case ColumnFilter.NumberRange(BigDecimal from, BigDecimal to) -> {
                where.andIf(from != null, column + " >= :" + param + "_from", param + "_from", from);
                where.andIf(to != null, column + " <= :" + param + "_to", param + "_to", to);
            }
            case ColumnFilter.DateRange(LocalDate from, LocalDate to) when field.type() == FieldType.DATE -> {
                where.andIf(from != null, column + " >= :" + param + "_from", param + "_from", from);
                where.andIf(to != null, column + " <= :" + param + "_to", param + "_to", to);
            }
            case ColumnFilter.DateRange(LocalDate from, LocalDate to) -> {
                where.andIf(from != null, column + " >= :" + param + "_from", param + "_from", startOfDay(from));
                where.andIf(to != null, column + " < :" + param + "_to", param + "_to",
                        to == null ? null : startOfDay(to.plusDays(1)));
            }
            case ColumnFilter.IsEmpty() -> where.and("(" + column + " IS NULL" + (list ? " OR cardinality(" + column
                    + ") = 0" : "") + ")");
            case ColumnFilter.IsNotEmpty() -> where.and("(" + column + " IS NOT NULL" + (list ? " AND cardinality("
                    + column + ") > 0" : "") + ")");
        }
    }

    /**
     * Days begin in the server's time zone, the zone the grid shows date-times in, so that a filter "from the
     * 23rd" matches what the user sees as the 23rd.
     */
    private static Timestamp startOfDay(LocalDate day) {
        return day == null ? null : Timestamp.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    /** A bound parameter cast to the column's type, so PostgreSQL never has to guess it. */
    private static String typed(FieldDefinition field, String param) {
        return "CAST(:" + param + " AS " + field.type().sqlType() + ")";
    }

    private static String elementType(FieldDefinition field) {
        return field.type().isMultiValued() ? "text" : field.type().sqlType();
    }

    private static String orderBy(FieldSet fields, CustomerQuery query) {
        List<String> terms = new ArrayList<>();
        for (CustomerQuery.SortKey key : query.sort()) {
            String column = quote(fields.require(key.field()).column());
            terms.add(column + (key.ascending() ? " ASC NULLS LAST" : " DESC NULLS LAST"));
        }
        terms.add(query.sort().isEmpty() ? "\"updated_at\" DESC, \"id\" DESC" : "\"id\" ASC");
        return " ORDER BY " + String.join(", ", terms);
    }

    private static List<FieldDefinition> writable(FieldSet fields, Map<String, Object> values) {
        return fields.active().stream().filter(f -> !f.readOnly() && values.containsKey(f.key())).toList();
    }

    private static MapSqlParameterSource bind(List<FieldDefinition> writable, Map<String, Object> values) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        for (FieldDefinition field : writable) {
            params.addValue(param(field), FieldValues.toJdbc(field.type(), values.get(field.key())));
        }
        return params;
    }

    /** Parameters are named after columns: generated names that cannot collide with :id, :version, :limit…. */
    private static String param(FieldDefinition field) {
        return "v_" + field.column();
    }

    /**
     * Runs a write; a unique index that refuses it (a race the service's check could not see) is reported as
     * that field's error, found by the index name in the database's message.
     */
    private static <T> T uniquely(FieldSet fields, Supplier<T> write) {
        try {
            return write.get();
        } catch (DuplicateKeyException e) {
            String message = String.valueOf(e.getMessage());
            Optional<FieldDefinition> field = fields.active().stream()
                    .filter(f -> f.unique() && message.contains("\"" + f.uniqueIndex() + "\"")).findFirst();
            throw field.<RuntimeException>map(f -> new ValidationException(new FieldError(f.key(),
                    "validation.unique"))).orElse(e);
        }
    }

    private static RowMapper<Customer> rowMapper(FieldSet fields) {
        List<FieldDefinition> all = fields.active();
        return (rs, row) -> {
            Map<String, Object> values = new LinkedHashMap<>();
            for (FieldDefinition field : all) {
                values.put(field.key(), FieldValues.read(rs, field.column(), field.type()));
            }
            return new Customer(rs.getLong("id"), rs.getLong("version"), values);
        };
    }

    private static String quote(String identifier) {
        return SqlIdentifiers.quote(identifier);
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

        SqlWhere and(String condition) {
            conditions.add(condition);
            return this;
        }

        SqlWhere andIf(boolean applies, String condition, String param, Object value) {
            return applies ? and(condition, param, value) : this;
        }

        String sql() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }

        MapSqlParameterSource params() {
            return params;
        }
    }
}
