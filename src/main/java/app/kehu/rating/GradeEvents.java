package app.kehu.rating;

import app.kehu.activity.BehaviourChanged;
import app.kehu.activity.MetricsRefreshed;
import app.kehu.customer.CustomersChanged;
import app.kehu.tenancy.TenantContext;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Grades follow the data: a customer's edit or new behaviour data regrades that customer in the same
 * transaction, so the grade commits with the change; the daily refresh of every customer's aggregates starts
 * a background recompute of the tenant.
 */
@Component
class GradeEvents {

    private final Grader grader;
    private final GradeStore store;
    private final RecomputeJobs jobs;
    private final TransactionTemplate transaction;

    GradeEvents(Grader grader, GradeStore store, RecomputeJobs jobs, PlatformTransactionManager transactions) {
        this.grader = grader;
        this.store = store;
        this.jobs = jobs;
        this.transaction = new TransactionTemplate(transactions);
    }

    @EventListener
    void customersChanged(CustomersChanged event) {
        grader.regrade(TenantContext.require(), event.ids(), GradeCause.CUSTOMER_EDIT);
    }

    @EventListener
    void behaviourChanged(BehaviourChanged event) {
        grader.regrade(TenantContext.require(), List.of(event.customerId()), GradeCause.BEHAVIOUR_DATA);
    }

    @EventListener
    void metricsRefreshed(MetricsRefreshed event) {
        TenantContext.run(event.tenant(), () -> transaction.executeWithoutResult(status -> store.currentVersion(
                event.tenant()).ifPresent(version -> jobs.start(event.tenant(), version, GradeCause.DAILY_REFRESH,
                        null))));
    }
}
