package app.kehu.fields;

import app.kehu.tenancy.TenantContext;
import app.kehu.tenancy.TenantRef;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The fields of the current tenant's customer table: built-in and custom, read from the tenant's
 * {@code section_definition} and {@code field_definition}. They are read on every request and change rarely,
 * so each tenant's set is cached together with the tenant's field revision, which every field change bumps
 * in its transaction. Each use compares the cached revision with the committed one (one single-row query)
 * and reloads on a difference, so every application node sees a change as soon as it commits and never
 * before.
 */
@Component
public class FieldRegistry {

    public static final String NAME = "name";
    public static final String OWNER = "owner";
    public static final String TAGS = "tags";
    public static final String CREATED = "createdAt";
    public static final String UPDATED = "updatedAt";

    private static final String CHANGING = FieldRegistry.class.getName() + ".changing:";

    private final FieldRepository fields;
    private final SectionRepository sections;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate reading;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    FieldRegistry(FieldRepository fields, SectionRepository sections, JdbcTemplate jdbc,
            PlatformTransactionManager transactions) {
        this.fields = fields;
        this.sections = sections;
        this.jdbc = jdbc;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.reading.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
    }

    /** The current tenant's sections and fields, archived ones included, as last committed. */
    public FieldSet snapshot() {
        return snapshot(TenantContext.require());
    }

    public FieldSet snapshot(TenantRef tenant) {
        return snapshot(tenant, false);
    }

    /**
     * The fields for a transaction that writes customers, which must call this before it touches the
     * customer table: it waits for a field change in progress to end and then returns the fields that change
     * left, so the write binds every value to its column's current type. (Touching customers first could
     * deadlock with the field change's ALTER TABLE.)
     */
    public FieldSet snapshotForWriting(TenantRef tenant) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Customer writes read their fields inside their transaction");
        }
        return snapshot(tenant, true);
    }

    private FieldSet snapshot(TenantRef tenant, boolean forWriting) {
        if (!tenant.equals(TenantContext.require())) {
            // Definitions are read through the tenant's Hibernate session, which follows the tenant context.
            throw new IllegalStateException("Fields of " + tenant.schema() + " asked for while working for "
                    + TenantContext.require().schema());
        }
        if (TransactionSynchronizationManager.hasResource(CHANGING + tenant.schema())) {
            return load(); // this transaction is changing the fields: it sees its own change, nobody else does
        }
        long revision = revision(tenant, forWriting);
        Cached cached = cache.get(tenant.schema());
        if (cached != null && cached.revision() == revision) {
            return cached.fields();
        }
        FieldSet loaded = load();
        // A change committed between reading the revision and loading only makes the next use load again.
        cache.merge(tenant.schema(), new Cached(loaded, revision),
                (old, fresh) -> fresh.revision() >= old.revision() ? fresh : old);
        return loaded;
    }

    /** The active fields of the current tenant, in display order. */
    public List<FieldDefinition> fields() {
        return snapshot().active();
    }

    public Optional<FieldDefinition> find(String key) {
        return snapshot().find(key);
    }

    public FieldDefinition require(String key) {
        return snapshot().require(key);
    }

    public List<Section> sections() {
        return snapshot().sections();
    }

    /**
     * Marks the current transaction as changing the tenant's fields: until it ends, it reads them uncached;
     * when it ends, this node drops its cached set at once (others notice the new revision on their next use).
     */
    void changingInThisTransaction(TenantRef tenant) {
        String marker = CHANGING + tenant.schema();
        if (TransactionSynchronizationManager.hasResource(marker)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(marker, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(marker);
                cache.remove(tenant.schema());
            }
        });
    }

    /**
     * The committed revision. FOR SHARE waits for a field change holding the row and then, in READ COMMITTED,
     * returns the row as that change committed it.
     */
    private long revision(TenantRef tenant, boolean forWriting) {
        Long revision = jdbc.queryForObject("SELECT revision FROM " + tenant.table("field_revision")
                + (forWriting ? " FOR SHARE" : ""), Long.class);
        return revision == null ? 0 : revision;
    }

    private FieldSet load() {
        return reading.execute(status -> {
            List<SectionEntity> stored = sections.findAllByOrderByPositionAscIdAsc();
            List<Section> sectionList = stored.stream().map(SectionEntity::toSection).toList();
            Map<Long, String> sectionKeys = stored.stream()
                    .collect(Collectors.toMap(SectionEntity::getId, SectionEntity::getKey));
            List<FieldDefinition> definitions = fields.findAllByOrderByPositionAscIdAsc().stream()
                    .map(f -> f.toDefinition(sectionKeys.get(f.getSectionId()))).toList();
            return new FieldSet(sectionList, definitions);
        });
    }

    private record Cached(FieldSet fields, long revision) {
    }
}
