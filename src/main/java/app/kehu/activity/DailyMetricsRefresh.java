package app.kehu.activity;

import app.kehu.tenancy.TenantRef;
import app.kehu.tenancy.TenantService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Moves every tenant's time-window aggregates and stages on each night: a purchase leaves the 12-month window
 * and a customer slips from active to at risk without anybody writing anything. One tenant's failure does not
 * stop the others.
 */
@Component
class DailyMetricsRefresh {

    private static final Logger log = LoggerFactory.getLogger(DailyMetricsRefresh.class);

    private final TenantService tenants;
    private final ActivityMetrics metrics;

    DailyMetricsRefresh(TenantService tenants, ActivityMetrics metrics) {
        this.tenants = tenants;
        this.metrics = metrics;
    }

    @Scheduled(cron = "${kehu.activity.refresh-cron}")
    void refreshAllTenants() {
        for (TenantRef tenant : tenants.activeTenants()) {
            try {
                int changed = metrics.refreshAll(tenant);
                log.info("Behaviour aggregates of {} refreshed: {} customers changed", tenant.schema(), changed);
            } catch (RuntimeException e) {
                log.error("Refreshing the behaviour aggregates of {} failed", tenant.schema(), e);
            }
        }
    }
}
