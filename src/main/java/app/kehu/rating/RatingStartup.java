package app.kehu.rating;

import app.kehu.tenancy.TenantContext;
import app.kehu.tenancy.TenantRef;
import app.kehu.tenancy.TenantService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * After the tenant schemas are migrated, resumes each tenant's unfinished recompute from its last committed
 * batch: a job a restart interrupted, or the first grading of customers that existed before rating did.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RatingStartup implements ApplicationRunner {

    private final TenantService tenants;
    private final GradeStore store;
    private final RecomputeJobs jobs;

    RatingStartup(TenantService tenants, GradeStore store, RecomputeJobs jobs) {
        this.tenants = tenants;
        this.store = store;
        this.jobs = jobs;
    }

    @Override
    public void run(ApplicationArguments args) {
        resumeAll();
    }

    void resumeAll() {
        for (TenantRef tenant : tenants.active()) {
            if (TenantContext.call(tenant, () -> store.hasUnfinishedJob(tenant))) {
                jobs.resume(tenant);
            }
        }
    }
}
