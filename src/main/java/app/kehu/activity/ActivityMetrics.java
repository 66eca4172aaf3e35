package app.kehu.activity;

import app.kehu.fields.FieldRegistry;
import app.kehu.tenancy.TenantContext;
import app.kehu.tenancy.TenantRef;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the behaviour aggregates and the lifecycle stage on the customer rows, for one customer after a
 * behaviour write and for all customers of a tenant when time has moved the windows on. Both use the same SQL,
 * so they cannot disagree. "today" is the server zone's date, passed in so the windows can be pinned:
 * <ul>
 * <li>annual_contribution, purchase_count_12m: sum and count of purchases on a day after today − 1 year and
 * not after today (a purchase exactly a year ago no longer counts);</li>
 * <li>first_purchase_on, last_purchase_on: the first and last purchase day up to today; previous_purchase_on:
 * the latest purchase day before the last one;</li>
 * <li>last_contact_at: the latest interaction; avg_satisfaction: the average of all feedback scores;
 * campaign_response_rate: responses per participation in percent; open_service_requests: requests not
 * closed. Without rows, the dates and averages are null and the counts and sums 0;</li>
 * <li>lifecycle_stage, where "within N days" means at most N days before today: no purchase → prospect;
 * first purchase within newDays → new; last purchase within activeDays → won_back if it came more than
 * churnDays after the one before (the customer had churned and came back), else active; last purchase within
 * churnDays → at_risk; else churned.</li>
 * </ul>
 * Neither customer.version nor updated_at change: they record users' edits. Rows whose values are the same
 * are not written at all, which keeps the daily refresh of a large tenant cheap.
 */
@Component
public class ActivityMetrics {

    private static final String COLUMNS = "annual_contribution, purchase_count_12m, first_purchase_on, "
            + "last_purchase_on, previous_purchase_on, last_contact_at, avg_satisfaction, campaign_response_rate, "
            + "open_service_requests, lifecycle_stage";

    private final NamedParameterJdbcTemplate jdbc;
    private final FieldRegistry fields;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ActivityMetrics(NamedParameterJdbcTemplate jdbc, FieldRegistry fields, ApplicationEventPublisher events,
            PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.fields = fields;
        this.events = events;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Recomputes every customer of the tenant as of today, in a transaction of its own (or the caller's), and
     * publishes {@link MetricsRefreshed}. Returns how many customers changed. Needs no signed-in user: it works
     * for the tenant it is given.
     */
    public int refreshAll(TenantRef tenant) {
        return refreshAll(tenant, LocalDate.now(clock));
    }

    int refreshAll(TenantRef tenant, LocalDate today) {
        return TenantContext.call(tenant, () -> transactions.execute(status -> {
            fields.snapshotForWriting(tenant);
            int changed = jdbc.update(refreshSql(tenant, false), params(today));
            events.publishEvent(new MetricsRefreshed(tenant));
            return changed;
        }));
    }

    /**
     * Recomputes one customer inside the caller's transaction, which has read its fields for writing already,
     * and publishes {@link BehaviourChanged}.
     */
    void refreshCustomer(TenantRef tenant, long customerId, LocalDate today) {
        jdbc.update(refreshSql(tenant, true), params(today).addValue("customerId", customerId));
        events.publishEvent(new BehaviourChanged(customerId));
    }

    private static MapSqlParameterSource params(LocalDate today) {
        return new MapSqlParameterSource("today", today).addValue("yearAgo", today.minusYears(1));
    }

    /** The refresh of one customer ({@code single}) or of all; the same expressions either way. */
    private static String refreshSql(TenantRef tenant, boolean single) {
        return "UPDATE " + tenant.table("customer") + " AS c SET (" + COLUMNS + ") = (n.annual_contribution, "
                + "n.purchase_count_12m, n.first_purchase_on, n.last_purchase_on, n.previous_purchase_on, "
                + "n.last_contact_at, n.avg_satisfaction, n.campaign_response_rate, n.open_service_requests, "
                + "n.lifecycle_stage) FROM (" + computedSql(tenant, single) + ") AS n "
                + "WHERE c.id = n.id AND (" + prefixed("c.") + ") IS DISTINCT FROM (" + prefixed("n.") + ")";
    }

    private static String computedSql(TenantRef tenant, boolean single) {
        String scope = single ? " AND customer_id = :customerId" : "";
        return """
                SELECT c0.id,
                    coalesce(p.annual_contribution, 0) AS annual_contribution,
                    coalesce(p.purchase_count_12m, 0) AS purchase_count_12m,
                    p.first_purchase_on, p.last_purchase_on, p.previous_purchase_on,
                    i.last_contact_at, f.avg_satisfaction, k.campaign_response_rate,
                    coalesce(r.open_service_requests, 0) AS open_service_requests,
                    CASE
                        WHEN p.last_purchase_on IS NULL THEN 'prospect'
                        WHEN CAST(:today AS date) - p.first_purchase_on <= s.new_days THEN 'new'
                        WHEN CAST(:today AS date) - p.last_purchase_on <= s.active_days THEN
                            CASE WHEN p.last_purchase_on - p.previous_purchase_on > s.churn_days THEN 'won_back'
                                ELSE 'active' END
                        WHEN CAST(:today AS date) - p.last_purchase_on <= s.churn_days THEN 'at_risk'
                        ELSE 'churned'
                    END AS lifecycle_stage
                FROM %1$s c0
                CROSS JOIN %2$s s
                LEFT JOIN (
                    SELECT customer_id,
                        sum(amount) FILTER (WHERE purchased_on > :yearAgo) AS annual_contribution,
                        count(*) FILTER (WHERE purchased_on > :yearAgo) AS purchase_count_12m,
                        min(purchased_on) AS first_purchase_on,
                        max(purchased_on) AS last_purchase_on,
                        max(purchased_on) FILTER (WHERE purchased_on < last_on) AS previous_purchase_on
                    FROM (SELECT customer_id, purchased_on, amount,
                            max(purchased_on) OVER (PARTITION BY customer_id) AS last_on
                        FROM %3$s WHERE purchased_on <= :today%8$s) dated
                    GROUP BY customer_id
                ) p ON p.customer_id = c0.id
                LEFT JOIN (SELECT customer_id, max(occurred_at) AS last_contact_at
                    FROM %4$s WHERE true%8$s GROUP BY customer_id) i ON i.customer_id = c0.id
                LEFT JOIN (SELECT customer_id, round(avg(satisfaction), 6) AS avg_satisfaction
                    FROM %5$s WHERE true%8$s GROUP BY customer_id) f ON f.customer_id = c0.id
                LEFT JOIN (SELECT customer_id,
                        round(100.0 * count(*) FILTER (WHERE responded) / count(*), 4) AS campaign_response_rate
                    FROM %6$s WHERE true%8$s GROUP BY customer_id) k ON k.customer_id = c0.id
                LEFT JOIN (SELECT customer_id, count(*) AS open_service_requests
                    FROM %7$s WHERE closed_on IS NULL%8$s GROUP BY customer_id) r ON r.customer_id = c0.id
                %9$s"""
                .formatted(tenant.table("customer"), tenant.table("activity_settings"), tenant.table("purchase"),
                        tenant.table("interaction"), tenant.table("feedback"),
                        tenant.table("campaign_participation"), tenant.table("service_request"), scope,
                        single ? "WHERE c0.id = :customerId" : "");
    }

    private static String prefixed(String alias) {
        return alias + COLUMNS.replace(", ", ", " + alias);
    }
}
