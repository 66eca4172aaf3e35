package app.kehu.support;

import app.kehu.tenancy.TenantService;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Direct SQL for tests that look at what the services left in the database. */
@Component
public class Jdbc {

    private final JdbcTemplate jdbc;

    Jdbc(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public JdbcTemplate template() {
        return jdbc;
    }

    public long count(String sql, Object... args) {
        Long count = jdbc.queryForObject(sql, Long.class, args);
        return count == null ? 0 : count;
    }

    public boolean schemaExists(String slug) {
        return count("SELECT count(*) FROM pg_namespace WHERE nspname = ?", TenantService.schemaFor(slug)) == 1;
    }

    /** Audit events of a company, oldest first, as "ACTION entity#id". */
    public List<String> auditTrail(String slug) {
        return jdbc.queryForList("SELECT action || ' ' || entity_type || '#' || coalesce(entity_id, '') FROM \""
                + TenantService.schemaFor(slug) + "\".audit_event ORDER BY id", String.class);
    }

    /** Audit events of a company, oldest first, as "ACTION entity". */
    public List<String> auditActions(String slug) {
        return jdbc.queryForList("SELECT action || ' ' || entity_type FROM \""
                + TenantService.schemaFor(slug) + "\".audit_event ORDER BY id", String.class);
    }

    /** The before/after pairs of a company's latest audit event, as "field: before -> after". */
    public List<String> latestChanges(String slug) {
        String schema = "\"" + TenantService.schemaFor(slug) + "\"";
        return jdbc.queryForList("SELECT field || ': ' || coalesce(before_value, '∅') || ' -> ' || "
                + "coalesce(after_value, '∅') FROM " + schema + ".audit_event_change WHERE event_id = (SELECT max(id) FROM "
                + schema + ".audit_event) ORDER BY position", String.class);
    }

    /** The column's type in a company's customer table as PostgreSQL writes it, or null if there is no column. */
    public String columnType(String slug, String column) {
        List<String> types = jdbc.queryForList("SELECT format_type(a.atttypid, a.atttypmod) FROM pg_attribute a "
                + "JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
                + "WHERE n.nspname = ? AND c.relname = 'customer' AND a.attname = ? AND NOT a.attisdropped",
                String.class, TenantService.schemaFor(slug), column);
        return types.isEmpty() ? null : types.getFirst();
    }

    public boolean isNotNull(String slug, String column) {
        return count("SELECT count(*) FROM information_schema.columns WHERE table_schema = ? AND table_name = "
                + "'customer' AND column_name = ? AND is_nullable = 'NO'", TenantService.schemaFor(slug), column) == 1;
    }

    /** The definition of an index of a company's schema, or null if there is none. */
    public String indexDefinition(String slug, String index) {
        List<String> definitions = jdbc.queryForList("SELECT indexdef FROM pg_indexes WHERE schemaname = ? AND "
                + "indexname = ?", String.class, TenantService.schemaFor(slug), index);
        return definitions.isEmpty() ? null : definitions.getFirst();
    }
}
