package app.kehu.rating;

import app.kehu.tenancy.TenantContext;
import app.kehu.tenancy.TenantRef;
import jakarta.annotation.PreDestroy;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs recompute jobs in the background, one batch per task and transaction. A tenant's next batch goes to
 * the back of the queue, so a large tenant's job takes turns with every other tenant's instead of holding a
 * thread until it ends. The job row remembers the last customer done, so whatever stops the work (a restart, a
 * failed batch) loses at most one uncommitted batch; the application resumes unfinished jobs at start-up.
 */
@Component
class RecomputeJobs {

    private static final Logger log = LoggerFactory.getLogger(RecomputeJobs.class);
    private static final int MAX_FAILURES = 5;

    private final Grader grader;
    private final GradeStore store;
    private final TransactionTemplate transaction;
    private final int batchSize;
    private final ScheduledExecutorService executor;
    /** Tenants with a task queued or running: at most one per tenant, so its batches never race each other. */
    private final Set<TenantRef> queued = ConcurrentHashMap.newKeySet();

    RecomputeJobs(Grader grader, GradeStore store, PlatformTransactionManager transactions,
            @Value("${kehu.rating.batch-size:10000}") int batchSize,
            @Value("${kehu.rating.recompute-threads:2}") int threads) {
        this.grader = grader;
        this.store = store;
        this.transaction = new TransactionTemplate(transactions);
        this.batchSize = batchSize;
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newScheduledThreadPool(threads, task -> {
            Thread thread = new Thread(task, "grade-recompute-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts recomputing every grade of the tenant under the version, superseding a job still running, once
     * the caller's transaction commits.
     */
    void start(TenantRef tenant, int version, String cause, String actor) {
        store.addJob(tenant, version, cause, actor);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    RecomputeJobs.this.resume(tenant);
                }
            });
        } else {
            resume(tenant);
        }
    }

    /** Works on the tenant's unfinished job, if it has one. */
    void resume(TenantRef tenant) {
        if (queued.add(tenant)) {
            executor.execute(() -> step(tenant, 0));
        }
    }

    private void step(TenantRef tenant, int failures) {
        boolean more;
        try {
            more = Boolean.TRUE.equals(TenantContext.call(tenant,
                    () -> transaction.execute(status -> grader.nextBatch(tenant, batchSize))));
        } catch (RuntimeException e) {
            if (failures + 1 >= MAX_FAILURES) {
                log.error("Recompute of {} gave up after {} failures; it resumes at the next start", tenant.schema(),
                        MAX_FAILURES, e);
                queued.remove(tenant);
                return;
            }
            log.warn("Recompute batch of {} failed, trying again: {}", tenant.schema(), e.getMessage());
            executor.schedule(() -> step(tenant, failures + 1), 1L << failures, TimeUnit.SECONDS);
            return;
        }
        if (more) {
            executor.execute(() -> step(tenant, 0));
            return;
        }
        queued.remove(tenant);
        // A job started between the last batch and now found this tenant still queued and did not queue it.
        if (TenantContext.call(tenant, () -> store.hasUnfinishedJob(tenant))) {
            resume(tenant);
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }
}
