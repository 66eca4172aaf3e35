package app.kehu.tenancy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of a tenant: reserved under its slug, given a migrated schema, then activated; or discarded
 * without a trace when any step of its signup fails.
 */
@Service
public class TenantService {

    public static final Pattern SLUG = Pattern.compile("^[a-z][a-z0-9-]{2,29}$");
    private static final Logger log = LoggerFactory.getLogger(TenantService.class);
    private static final Duration ABANDONED_SIGNUP = Duration.ofHours(1);

    private final TenantRepository tenants;
    private final TenantSchemaMigrator migrator;

    TenantService(TenantRepository tenants, TenantSchemaMigrator migrator) {
        this.tenants = tenants;
        this.migrator = migrator;
    }

    /** The schema a slug maps to: generated, never typed by a user. */
    public static String schemaFor(String slug) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("Invalid tenant slug: " + slug);
        }
        return TenantRef.requireSafeSchema("t_" + slug.replace('-', '_'));
    }

    @Transactional(readOnly = true)
    public boolean isSlugTaken(String slug) {
        return tenants.existsBySlug(slug);
    }

    @Transactional(readOnly = true)
    public Optional<Tenant> find(long id) {
        return tenants.findById(id);
    }

    /** Claims the slug in a transaction of its own; a concurrent claim of the same slug fails here. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Tenant reserve(String slug, String name) {
        Tenant tenant = new Tenant(slug, name, schemaFor(slug));
        tenant.markProvisioning();
        return tenants.saveAndFlush(tenant);
    }

    /**
     * Creates the reserved tenant's schema. Refuses, as a taken slug, a schema that already exists without a
     * tenant: it is not ours to reuse or to remove.
     */
    public void createSchema(Tenant tenant) {
        migrator.create(tenant.ref().schema());
    }

    public void migrateSchema(Tenant tenant) {
        migrator.migrate(tenant.ref().schema());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void activate(long tenantId) {
        tenants.findById(tenantId).orElseThrow().markActive();
    }

    /** Removes every trace of a tenant whose signup failed: its reservation and, if it was created, its schema. */
    public void discard(Tenant tenant, boolean schemaCreated) {
        if (schemaCreated) {
            migrator.drop(tenant.ref().schema());
        }
        tenants.deleteById(tenant.getId());
    }

    /** The tenants in use, for start-up work that runs for each of them (resuming background jobs). */
    @Transactional(readOnly = true)
    public List<TenantRef> active() {
        return tenants.findAll().stream().filter(t -> t.getStatus() == TenantStatus.ACTIVE).map(Tenant::ref).toList();
    }

    /** Start-up: bring every tenant schema to the current changelog and clear signups a crash left behind. */
    public void migrateAll() {
        List<Tenant> all = tenants.findAll();
        for (Tenant tenant : all) {
            if (tenant.getStatus() == TenantStatus.PROVISIONING) {
                if (tenant.getCreatedAt().isBefore(Instant.now().minus(ABANDONED_SIGNUP))) {
                    log.warn("Discarding abandoned signup of tenant {}", tenant.getSlug());
                    discard(tenant, true);
                }
            } else {
                migrator.migrate(tenant.ref().schema());
            }
        }
        log.info("Tenant schemas migrated: {}", all.size());
    }
}
