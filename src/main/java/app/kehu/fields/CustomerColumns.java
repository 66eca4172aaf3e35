package app.kehu.fields;

import app.kehu.common.FieldError;
import app.kehu.common.ValidationException;
import app.kehu.tenancy.TenantRef;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The DDL behind custom fields, and the questions asked of the data before it runs. Every statement runs in
 * the caller's transaction, so a field change and its schema change commit or roll back together (PostgreSQL
 * DDL is transactional). Identifiers are generated and quoted ({@link SqlIdentifiers}, {@link TenantRef});
 * values in queries are bound; DDL contains no values at all.
 */
@Component
class CustomerColumns {

    /** How many offending customers or values a refusal names. */
    static final int SAMPLE = 10;

    private final NamedParameterJdbcTemplate jdbc;

    CustomerColumns(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Starts a field change: bounds how long this transaction waits for locks (ALTER TABLE queues behind open
     * customer transactions and, while queued, blocks everyone after it, so a field change gives up and says
     * so rather than stall the grid), then bumps the tenant's field revision. The row lock this takes
     * serialises field changes, and makes customer writes that start meanwhile wait for this one's end.
     */
    void startFieldChange(TenantRef tenant, Duration lockTimeout) {
        execute("SET LOCAL lock_timeout = '" + lockTimeout.toMillis() + "ms'");
        execute("UPDATE " + tenant.table("field_revision") + " SET revision = revision + 1");
    }

    /** Adds the column; without a default this only changes the catalogue, however many customers there are. */
    void add(TenantRef tenant, FieldDefinition field) {
        execute("ALTER TABLE " + tenant.table("customer") + " ADD COLUMN " + column(field) + " "
                + field.type().sqlType());
    }

    /** Gives every customer without a value this one (a new required field's default). */
    void fillEmpty(TenantRef tenant, FieldDefinition field, Object value) {
        jdbc.update("UPDATE " + tenant.table("customer") + " SET " + column(field) + " = CAST(:value AS "
                + field.type().sqlType() + ") WHERE " + column(field) + " IS NULL",
                new MapSqlParameterSource("value", FieldValues.toJdbc(field.type(), value)));
    }

    /** Converts the column to the target's type; the caller has checked that no value blocks it. */
    void convert(TenantRef tenant, FieldDefinition field, FieldType to, TypeConversion conversion) {
        if (!field.type().sqlType().equals(to.sqlType())) {
            execute("ALTER TABLE " + tenant.table("customer") + " ALTER COLUMN " + column(field) + " TYPE "
                    + to.sqlType() + " USING " + conversion.using());
        }
    }

    /** The values that would not survive the conversion, most frequent first. */
    Sample blockingValues(TenantRef tenant, FieldDefinition field, TypeConversion conversion) {
        String where = " FROM " + tenant.table("customer") + " WHERE " + column(field) + " IS NOT NULL AND ("
                + conversion.blocker() + ")";
        Long count = jdbc.queryForObject("SELECT count(*)" + where, conversion.params(), Long.class);
        List<String> values = jdbc.queryForList("SELECT '“' || " + conversion.shown() + " || '” ×' || count(*)"
                + where + " GROUP BY " + conversion.shown() + " ORDER BY count(*) DESC, " + conversion.shown()
                + " LIMIT " + (SAMPLE + 1), conversion.params(), String.class);
        return new Sample(count == null ? 0 : count, values.subList(0, Math.min(SAMPLE, values.size())),
                values.size() > SAMPLE);
    }

    /** Customers that still use one of the options, by option. */
    Sample optionsInUse(TenantRef tenant, FieldDefinition field, Collection<String> options) {
        String c = column(field);
        String value = field.type().isMultiValued() ? "unnest(" + c + ")" : c;
        List<String> used = jdbc.queryForList("SELECT v || ' ×' || count(*) FROM (SELECT " + value + " AS v FROM "
                + tenant.table("customer") + ") used WHERE v = ANY (CAST(:options AS text[])) GROUP BY v ORDER BY v",
                new MapSqlParameterSource("options", options.toArray(String[]::new)), String.class);
        return new Sample(used.size(), used, false);
    }

    /**
     * Brings the column from one shape to another. Constraints the data does not allow are refused, naming the
     * offending customers, before any of them is created; the caller's transaction then rolls back whatever
     * this change did before.
     */
    void reshape(TenantRef tenant, FieldDefinition field, ColumnShape from, ColumnShape to) {
        ValidationException.Collector problems = new ValidationException.Collector();
        if (to.notNull() && !from.notNull() || to.uniqueIndex() && !from.uniqueIndex()) {
            // Customers may be read but not written between the check and the constraint it allows.
            execute("LOCK TABLE " + tenant.table("customer") + " IN SHARE MODE");
        }
        if (to.notNull() && !from.notNull()) {
            Sample empty = customersWithoutValue(tenant, field);
            if (empty.count() > 0) {
                problems.add("required", "fields.error.required-has-empty", empty.count(), empty.text());
            }
        }
        if (to.uniqueIndex() && !from.uniqueIndex()) {
            Sample duplicates = duplicates(tenant, field);
            if (duplicates.count() > 0) {
                problems.add("unique", "fields.error.unique-has-duplicates", duplicates.count(), duplicates.text());
            }
        }
        problems.throwIfAny();
        if (from.notNull() && !to.notNull()) {
            execute("ALTER TABLE " + tenant.table("customer") + " ALTER COLUMN " + column(field) + " DROP NOT NULL");
        }
        if (from.uniqueIndex() && !to.uniqueIndex()) {
            dropIndex(tenant, field.uniqueIndex());
        }
        if (from.filterIndex() && !to.filterIndex()) {
            dropIndex(tenant, field.filterIndex());
        }
        if (to.uniqueIndex() && !from.uniqueIndex()) {
            execute("CREATE UNIQUE INDEX " + SqlIdentifiers.quote(field.uniqueIndex()) + " ON "
                    + tenant.table("customer") + " (" + column(field) + ")");
        }
        if (to.filterIndex() && !from.filterIndex()) {
            execute("CREATE INDEX " + SqlIdentifiers.quote(field.filterIndex()) + " ON " + tenant.table("customer")
                    + (field.type().isMultiValued() ? " USING gin" : "") + " (" + column(field) + ")");
        }
        if (to.notNull() && !from.notNull()) {
            execute("ALTER TABLE " + tenant.table("customer") + " ALTER COLUMN " + column(field) + " SET NOT NULL");
        }
    }

    /** Drops the indexes of the shape; a type change rebuilds them for the new type. */
    void dropIndexes(TenantRef tenant, FieldDefinition field, ColumnShape shape) {
        reshape(tenant, field, shape, shape.withoutIndexes());
    }

    private Sample customersWithoutValue(TenantRef tenant, FieldDefinition field) {
        String where = " FROM " + tenant.table("customer") + " WHERE " + column(field) + " IS NULL";
        Long count = jdbc.getJdbcTemplate().queryForObject("SELECT count(*)" + where, Long.class);
        List<String> customers = jdbc.getJdbcTemplate().queryForList("SELECT '#' || id || ' ' || name" + where
                + " ORDER BY id LIMIT " + SAMPLE, String.class);
        return new Sample(count == null ? 0 : count, customers, count != null && count > customers.size());
    }

    /** Values held by more than one customer, with (some of) the customers holding them. */
    private Sample duplicates(TenantRef tenant, FieldDefinition field) {
        String c = column(field);
        String grouped = " FROM " + tenant.table("customer") + " WHERE " + c + " IS NOT NULL GROUP BY " + c
                + " HAVING count(*) > 1";
        Long count = jdbc.getJdbcTemplate().queryForObject("SELECT count(*) FROM (SELECT 1" + grouped + ") d",
                Long.class);
        List<String> values = jdbc.getJdbcTemplate().queryForList("SELECT '“' || " + c + "::text || '”: ' || "
                + "array_to_string((array_agg('#' || id || ' ' || name ORDER BY id))[1:" + SAMPLE + "], ', ')"
                + grouped + " ORDER BY count(*) DESC, " + c + " LIMIT " + SAMPLE, String.class);
        return new Sample(count == null ? 0 : count, values, count != null && count > values.size());
    }

    private void dropIndex(TenantRef tenant, String index) {
        execute("DROP INDEX IF EXISTS " + tenant.quotedSchema() + "." + SqlIdentifiers.quote(index));
    }

    private void execute(String sql) {
        jdbc.getJdbcTemplate().execute(sql);
    }

    private static String column(FieldDefinition field) {
        return SqlIdentifiers.quote(field.column());
    }

    /**
     * How many customers (or values) are concerned, and a few of them as a person reads them; {@code more} if
     * there are others than those.
     */
    record Sample(long count, List<String> items, boolean more) {

        String text() {
            return String.join("; ", items) + (more ? "; …" : "");
        }

        FieldError asError(String field, String messageKey) {
            return new FieldError(field, messageKey, count, text());
        }
    }
}
