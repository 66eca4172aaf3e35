package app.kehu.tenancy;

import java.util.regex.Pattern;

/**
 * The tenant a unit of work runs for: its id and its PostgreSQL schema. The schema name is checked on
 * construction, so holding a TenantRef means holding a name that is safe to quote into SQL.
 */
public record TenantRef(long id, String schema) {

    private static final Pattern SAFE_SCHEMA = Pattern.compile("^t_[a-z0-9_]{1,40}$");

    public TenantRef {
        requireSafeSchema(schema);
    }

    public static String requireSafeSchema(String schema) {
        if (schema == null || !SAFE_SCHEMA.matcher(schema).matches()) {
            throw new IllegalArgumentException("Unsafe tenant schema name: " + schema);
        }
        return schema;
    }

    /** The schema as a quoted SQL identifier. */
    public String quotedSchema() {
        return '"' + schema + '"';
    }

    /** A table of this tenant's schema as a quoted, qualified SQL identifier. */
    public String table(String table) {
        return quotedSchema() + ".\"" + table + '"';
    }
}
