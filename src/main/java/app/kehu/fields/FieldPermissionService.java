package app.kehu.fields;

import app.kehu.audit.AuditAction;
import app.kehu.audit.AuditService;
import app.kehu.audit.FieldChange;
import app.kehu.common.Access;
import app.kehu.common.FieldError;
import app.kehu.common.ValidationException;
import app.kehu.security.CurrentUser;
import app.kehu.security.Role;
import app.kehu.tenancy.TenantContext;
import app.kehu.tenancy.TenantRef;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Per field and role: hidden, read-only or editable, and masked for phone and e-mail. Every customer read and
 * write asks for the signed-in role's permissions, so they are cached per tenant; a change drops the tenant's
 * cache when it commits on this node, and other nodes reload theirs after at most {@link #CACHE_TIME}.
 * Only admins change permissions, and admins themselves are never restricted.
 */
@Service
public class FieldPermissionService {

    static final String ENTITY = "FieldPermission";

    private final NamedParameterJdbcTemplate jdbc;
    private final FieldRegistry fields;
    private final AuditService audit;
    /** How stale another node's permissions may be: this node drops its own at once when a change commits. */
    static final Duration CACHE_TIME = Duration.ofSeconds(5);

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    FieldPermissionService(NamedParameterJdbcTemplate jdbc, FieldRegistry fields, AuditService audit) {
        this.jdbc = jdbc;
        this.fields = fields;
        this.audit = audit;
    }

    /** The permissions of a role in the current tenant; services call it for the signed-in user's role. */
    public FieldPermissions permissionsFor(Role role) {
        TenantRef tenant = TenantContext.require();
        Instant now = Instant.now();
        Cached cached = cache.get(tenant.schema());
        if (cached == null || cached.loadedAt().isBefore(now.minus(CACHE_TIME))) {
            cached = new Cached(load(tenant), now);
            cache.put(tenant.schema(), cached);
        }
        return cached.permissions().get(role);
    }

    @PreAuthorize(Access.SIGNED_IN)
    public FieldPermissions mine() {
        return permissionsFor(CurrentUser.require().role());
    }

    /** Every active field's permission for every role, admins' included (always editable), for the admin view. */
    @PreAuthorize(Access.ADMIN)
    public List<FieldPermission> list() {
        List<FieldPermission> all = new ArrayList<>();
        for (FieldDefinition field : fields.fields()) {
            for (Role role : Role.values()) {
                all.add(permissionsFor(role).of(field));
            }
        }
        return all;
    }

    /** Sets a role's access to a field; validated and audited with before and after. */
    @PreAuthorize(Access.ADMIN)
    @Transactional
    public FieldPermission set(String fieldKey, Role role, FieldAccess access, boolean masked) {
        FieldDefinition field = fields.find(fieldKey)
                .orElseThrow(() -> new ValidationException(new FieldError(fieldKey, "validation.unknown-field")));
        check(field, role, access, masked);
        FieldPermission before = permissionsFor(role).of(field);
        FieldPermission after = new FieldPermission(fieldKey, role, access, masked);
        TenantRef tenant = TenantContext.require();
        jdbc.update("INSERT INTO " + tenant.table("field_permission") + " (field_key, role, access, masked) "
                + "VALUES (:key, :role, :access, :masked) ON CONFLICT (field_key, role) DO UPDATE SET "
                + "access = EXCLUDED.access, masked = EXCLUDED.masked, version = field_permission.version + 1, "
                + "updated_at = now()", new MapSqlParameterSource("key", fieldKey).addValue("role", role.name())
                        .addValue("access", access.name()).addValue("masked", masked));
        forgetAfterCommit(tenant);
        List<FieldChange> changes = new ArrayList<>();
        if (before.access() != access) {
            changes.add(new FieldChange("permission.access", before.access().name(), access.name()));
        }
        if (before.masked() != masked) {
            changes.add(new FieldChange("permission.masked", String.valueOf(before.masked()), String.valueOf(masked)));
        }
        if (!changes.isEmpty()) {
            audit.record(AuditAction.UPDATE, ENTITY, fieldKey + "/" + role, fieldKey + " · " + role, changes);
        }
        return after;
    }

    private static void check(FieldDefinition field, Role role, FieldAccess access, boolean masked) {
        ValidationException.Collector errors = new ValidationException.Collector();
        if (role == Role.ADMIN) {
            errors.add("role", "validation.permission-admin");
        }
        if (role != null && !role.canEditCustomers() && access == FieldAccess.EDIT) {
            errors.add("access", "validation.permission-viewer");
        }
        if (access == FieldAccess.HIDDEN && FieldRegistry.NAME.equals(field.key())) {
            errors.add(field.key(), "validation.permission-name-hidden");
        }
        if (masked && !Masking.applies(field.type())) {
            errors.add(field.key(), "validation.permission-mask-type");
        }
        // A role that adds customers must be able to fill in what every customer needs.
        if (role != null && role.canEditCustomers() && access != null && access != FieldAccess.EDIT
                && field.required() && field.defaultValue() == null) {
            errors.add("access", "validation.permission-required-field");
        }
        if (role == null || access == null) {
            errors.add("access", "validation.required");
        }
        errors.throwIfAny();
    }

    private Map<Role, FieldPermissions> load(TenantRef tenant) {
        Map<Role, Map<String, FieldPermission>> byRole = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            byRole.put(role, new HashMap<>());
        }
        jdbc.query("SELECT field_key, role, access, masked FROM " + tenant.table("field_permission"), rs -> {
            Role role = Role.valueOf(rs.getString("role"));
            byRole.get(role).put(rs.getString("field_key"), new FieldPermission(rs.getString("field_key"), role,
                    FieldAccess.valueOf(rs.getString("access")), rs.getBoolean("masked")));
        });
        Map<Role, FieldPermissions> permissions = new EnumMap<>(Role.class);
        byRole.forEach((role, stored) -> permissions.put(role, new FieldPermissions(role, stored)));
        return permissions;
    }

    private record Cached(Map<Role, FieldPermissions> permissions, Instant loadedAt) {
    }

    private void forgetAfterCommit(TenantRef tenant) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                cache.remove(tenant.schema());
            }
        });
    }
}
