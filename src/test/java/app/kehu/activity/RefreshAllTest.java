package app.kehu.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The set-based refresh of all customers computes exactly what the refresh after each write left on every
 * customer row: over random behaviour of a few dozen customers, wiping the aggregates and refreshing all
 * restores them.
 */
@RecordApplicationEvents
class RefreshAllTest extends BehaviourTest {

    @Autowired
    DailyMetricsRefresh nightly;

    private static final String AGGREGATES = "SELECT id, annual_contribution, purchase_count_12m, first_purchase_on, "
            + "last_purchase_on, previous_purchase_on, last_contact_at, avg_satisfaction, campaign_response_rate, "
            + "open_service_requests, lifecycle_stage FROM %s ORDER BY id";

    @Test
    void refreshingAllGivesTheSameValuesAsRefreshingEachCustomer() {
        Random random = new Random(42);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 36; i++) {
            ids.add(customer("Customer " + i));
        }
        runAs.run(company.admin(), () -> ids.forEach(id -> logRandomBehaviour(id, random)));
        List<Map<String, Object>> afterEachWrite = aggregatesOfAll();
        assertThat(afterEachWrite.stream().map(row -> row.get("lifecycle_stage")).distinct()).as("a mix of stages")
                .hasSizeGreaterThanOrEqualTo(4);

        jdbc.template().update("UPDATE " + tenant.table("customer") + " SET annual_contribution = 0, "
                + "purchase_count_12m = 0, first_purchase_on = NULL, last_purchase_on = NULL, previous_purchase_on = "
                + "NULL, last_contact_at = NULL, avg_satisfaction = NULL, campaign_response_rate = NULL, "
                + "open_service_requests = 0, lifecycle_stage = 'prospect'");
        int changed = metrics.refreshAll(tenant);

        assertThat(aggregatesOfAll()).isEqualTo(afterEachWrite);
        assertThat(changed).isEqualTo((int) afterEachWrite.stream().filter(row -> !"prospect".equals(
                row.get("lifecycle_stage")) || row.get("last_contact_at") != null
                || row.get("avg_satisfaction") != null || row.get("campaign_response_rate") != null
                || ((Number) row.get("open_service_requests")).longValue() > 0).count());
        assertThat(metrics.refreshAll(tenant)).as("nothing left to change").isZero();
    }

    @Test
    void gradesCanFollowBecauseEveryRefreshIsAnnounced(ApplicationEvents events) {
        long id = customer("Announced");
        purchase(id, today(), "10");
        metrics.refreshAll(tenant);

        assertThat(events.stream(BehaviourChanged.class)).containsExactly(new BehaviourChanged(id));
        assertThat(events.stream(MetricsRefreshed.class)).containsExactly(new MetricsRefreshed(tenant));
    }

    @Test
    void theNightlyJobMovesEveryTenantOn() {
        long id = customer("Customer with a purchase");
        purchase(id, today().minusDays(1), "10");
        jdbc.template().update("UPDATE " + tenant.table("customer") + " SET lifecycle_stage = 'churned', "
                + "purchase_count_12m = 0 WHERE id = ?", id);

        nightly.refreshAllTenants();

        assertThat(aggregates(id).lifecycleStage()).isEqualTo(LifecycleStage.NEW);
        assertThat(aggregates(id).purchaseCount12m()).isEqualTo(1);
    }

    private void logRandomBehaviour(long id, Random random) {
        int purchases = random.nextInt(5);
        for (int i = 0; i < purchases; i++) {
            activity.log(id, new NewEntry.Purchase(today().minusDays(random.nextInt(900)),
                    BigDecimal.valueOf(random.nextInt(500_000), 2), "商品", null));
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            activity.log(id, new NewEntry.Interaction(clock.instant().minus(Duration.ofHours(random.nextInt(5000))),
                    Channel.values()[random.nextInt(Channel.values().length)], "沟通"));
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            activity.log(id, new NewEntry.Feedback(today().minusDays(random.nextInt(400)), 1 + random.nextInt(5), null));
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            activity.log(id, new NewEntry.Campaign("活动", today().minusDays(random.nextInt(400)), random.nextBoolean()));
        }
        if (random.nextInt(4) == 0) {
            activity.log(id, new NewEntry.ServiceRequest(today().minusDays(random.nextInt(30)), "咨询"));
        }
    }

    private List<Map<String, Object>> aggregatesOfAll() {
        return jdbc.template().queryForList(AGGREGATES.formatted(tenant.table("customer")));
    }
}
