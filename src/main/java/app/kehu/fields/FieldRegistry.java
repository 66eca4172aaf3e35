package app.kehu.fields;

import app.kehu.tenancy.TenantContext;
import app.kehu.tenancy.TenantRef;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The fields of the current tenant's customer table: built-in and custom, read from the tenant's
 * {@code section_definition} and {@code field_definition}. Read on every request, changed rarely, so each
 * tenant's set is cached. A field change invalidates its tenant's set when its transaction ends (never before:
 * others must not see a change that may still roll back); other application nodes pick it up within
 * {@code kehu.fields.cache-ttl}.
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
    private final TransactionTemplate reading;
    private final Duration timeToLive;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> generations = new ConcurrentHashMap<>();

    FieldRegistry(FieldRepository fields, SectionRepository sections, PlatformTransactionManager transactions,
            @Value("${kehu.fields.cache-ttl:10s}") Duration timeToLive) {
        this.fields = fields;
        this.sections = sections;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.reading.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
        this.timeToLive = timeToLive;
        this.clock = Clock.systemUTC();
    }

    /** The current tenant's sections and fields, archived ones included. */
    public FieldSet snapshot() {
        return snapshot(TenantContext.require());
    }

    public FieldSet snapshot(TenantRef tenant) {
        if (!tenant.equals(TenantContext.require())) {
            // Definitions are read through the tenant's Hibernate session, which follows the tenant context.
            throw new IllegalStateException("Fields of " + tenant.schema() + " asked for while working for "
                    + TenantContext.require().schema());
        }
        if (TransactionSynchronizationManager.hasResource(CHANGING + tenant.schema())) {
            return load(); // this transaction is changing the fields: it sees its own change, nobody else does
        }
        Cached cached = cache.get(tenant.schema());
        if (cached != null && cached.loaded().plus(timeToLive).isAfter(clock.instant())) {
            return cached.fields();
        }
        AtomicLong generation = generation(tenant);
        long before = generation.get();
        FieldSet loaded = load();
        // Keep it only if no change ended while loading; invalidate() bumps the generation before removing.
        cache.compute(tenant.schema(), (schema, old) -> generation.get() == before
                ? new Cached(loaded, clock.instant()) : old);
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
     * Marks the current transaction as changing the tenant's fields: until it ends, it reads them uncached, and
     * when it ends (committed or rolled back), every reader loads them afresh.
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
                invalidate(tenant);
            }
        });
    }

    void invalidate(TenantRef tenant) {
        generation(tenant).incrementAndGet();
        cache.remove(tenant.schema());
    }

    private AtomicLong generation(TenantRef tenant) {
        return generations.computeIfAbsent(tenant.schema(), schema -> new AtomicLong());
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

    private record Cached(FieldSet fields, Instant loaded) {
    }
}
