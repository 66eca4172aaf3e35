package app.kehu.activity;

import app.kehu.tenancy.TenantRef;

/**
 * Published after the daily refresh moved every customer's time-window aggregates (annual contribution,
 * purchases in 12 months, lifecycle stage) of this tenant forward, so grades can follow.
 */
public record MetricsRefreshed(TenantRef tenant) {
}
