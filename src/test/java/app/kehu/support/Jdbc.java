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
}
