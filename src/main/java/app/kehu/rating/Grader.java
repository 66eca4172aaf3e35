package app.kehu.rating;

import app.kehu.fields.FieldRegistry;
import app.kehu.fields.FieldSet;
import app.kehu.tenancy.TenantContext;
import app.kehu.tenancy.TenantPrincipal;
import app.kehu.tenancy.TenantRef;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Writes grades with the generated SQL: for given customers under the current version (edits, behaviour data,
 * manual grades) and batch by batch for a recompute job. Published versions never change, so their parsed
 * rules are kept per tenant and number.
 */
@Component
class Grader {

    private final GradeStore store;
    private final FieldRegistry fields;
    private final Clock clock;
    private final Map<String, RuleSet> published = new ConcurrentHashMap<>();

    Grader(GradeStore store, FieldRegistry fields, Clock clock) {
        this.store = store;
        this.fields = fields;
        this.clock = clock;
    }

    /** Grades the customers under the current version, inside the caller's transaction. */
    void regrade(TenantRef tenant, Collection<Long> ids, String cause) {
        if (ids.isEmpty()) {
            return;
        }
        FieldSet set = fields.snapshotForWriting(tenant);
        store.currentVersion(tenant).ifPresent(version -> store.gradeIds(tenant,
                sql(rules(tenant, version), set), version, cause, actor(), ids.toArray(Long[]::new)));
    }

    /**
     * Grades the next batch of the tenant's newest unfinished job, inside the caller's transaction; returns
     * whether there is more to do.
     */
    boolean nextBatch(TenantRef tenant, int size) {
        Optional<GradeStore.Job> found = store.lockUnfinishedJob(tenant);
        if (found.isEmpty()) {
            return false;
        }
        GradeStore.Job job = found.get();
        FieldSet set = fields.snapshotForWriting(tenant);
        GradeStore.Graded batch = store.gradeBatch(tenant, sql(rules(tenant, job.version()), set), job.version(),
                job.cause(), job.actor(), job.lastCustomerId(), size);
        if (batch.count() == 0) {
            store.finishJob(tenant, job.id());
            return false;
        }
        store.advanceJob(tenant, job.id(), batch);
        return true;
    }

    RuleSet rules(TenantRef tenant, int version) {
        return published.computeIfAbsent(tenant.id() + ":" + tenant.schema() + ':' + version, key -> RuleSetJson.read(
                store.version(tenant, version).orElseThrow().rulesJson()));
    }

    SqlRules sql(RuleSet rules, FieldSet set) {
        return new SqlRules(rules, new RuleOperands(set), today(), clock.getZone());
    }

    JavaEvaluator javaEvaluator(FieldSet set) {
        return new JavaEvaluator(new RuleOperands(set), today(), clock.getZone());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Who caused a change: the signed-in user, or nobody for background work. */
    static String actor() {
        return TenantContext.principal().map(TenantPrincipal::email).orElse(null);
    }
}
