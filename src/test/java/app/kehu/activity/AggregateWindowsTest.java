package app.kehu.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The time windows of the aggregates and the lifecycle stage at their edges, with "today" pinned a little in the
 * past so that every purchase can be logged as having happened.
 */
class AggregateWindowsTest extends BehaviourTest {

    @Test
    void aPurchaseExactlyOneYearAgoNoLongerCountsOneADayLaterDoes() {
        LocalDate today = today().minusDays(10);
        long id = customer("Wang");
        purchase(id, today.minusYears(1), "100.00");
        purchase(id, today.minusYears(1).plusDays(1), "20.50");
        purchase(id, today, "3.00");

        metrics.refreshAll(tenant, today);
        Aggregates at = aggregates(id);
        assertThat(at.annualContribution()).isEqualByComparingTo("23.50");
        assertThat(at.purchaseCount12m()).isEqualTo(2);
        assertThat(at.purchasesPerMonth()).isEqualByComparingTo("0.2");
        assertThat(at.firstPurchaseOn()).isEqualTo(today.minusYears(1));
        assertThat(at.lastPurchaseOn()).isEqualTo(today);

        metrics.refreshAll(tenant, today.minusDays(1));
        Aggregates dayBefore = aggregates(id);
        assertThat(dayBefore.annualContribution()).as("a day earlier: the year-old one counts, today's not yet")
                .isEqualByComparingTo("120.50");
        assertThat(dayBefore.purchaseCount12m()).isEqualTo(2);
        assertThat(dayBefore.lastPurchaseOn()).isEqualTo(today.minusYears(1).plusDays(1));
    }

    @Test
    void lifecycleStagesChangeOnTheLastDayOfEachWindow() {
        LocalDate today = today().minusDays(5);
        Map<String, Long> customers = new LinkedHashMap<>();
        customers.put("prospect", customer("no purchase"));
        customers.put("new", customer("first purchase 90 days ago"));
        customers.put("active", customer("first purchase 91 days ago"));
        customers.put("still active", customer("last purchase 180 days ago"));
        customers.put("at risk", customer("last purchase 181 days ago"));
        customers.put("still at risk", customer("last purchase 365 days ago"));
        customers.put("churned", customer("last purchase 366 days ago"));
        customers.put("back after exactly churnDays", customer("gap of 365 days"));
        customers.put("won back", customer("gap of 366 days"));
        purchase(customers.get("new"), today.minusDays(90), "1");
        purchase(customers.get("active"), today.minusDays(91), "1");
        purchase(customers.get("still active"), today.minusDays(180), "1");
        purchase(customers.get("at risk"), today.minusDays(181), "1");
        purchase(customers.get("still at risk"), today.minusDays(365), "1");
        purchase(customers.get("churned"), today.minusDays(366), "1");
        purchase(customers.get("back after exactly churnDays"), today.minusDays(375), "1");
        purchase(customers.get("back after exactly churnDays"), today.minusDays(10), "1");
        purchase(customers.get("won back"), today.minusDays(376), "1");
        purchase(customers.get("won back"), today.minusDays(10), "1");
        purchase(customers.get("won back"), today.minusDays(10), "2");

        metrics.refreshAll(tenant, today);

        Map<String, LifecycleStage> stages = new LinkedHashMap<>();
        customers.forEach((label, id) -> stages.put(label, aggregates(id).lifecycleStage()));
        assertThat(stages).containsExactly(
                Map.entry("prospect", LifecycleStage.PROSPECT),
                Map.entry("new", LifecycleStage.NEW),
                Map.entry("active", LifecycleStage.ACTIVE),
                Map.entry("still active", LifecycleStage.ACTIVE),
                Map.entry("at risk", LifecycleStage.AT_RISK),
                Map.entry("still at risk", LifecycleStage.AT_RISK),
                Map.entry("churned", LifecycleStage.CHURNED),
                Map.entry("back after exactly churnDays", LifecycleStage.ACTIVE),
                Map.entry("won back", LifecycleStage.WON_BACK));
        assertThat(jdbc.template().queryForObject("SELECT previous_purchase_on FROM " + tenant.table("customer")
                + " WHERE id = ?", LocalDate.class, customers.get("won back")))
                .as("two purchases on the last day: the one before is the earlier day").isEqualTo(today.minusDays(376));
    }

    @Test
    void theGridShowsTheStageAsTheCustomersFieldAndRefreshingLeavesTheVersionAlone() {
        long id = customer("Li");
        long version = asCustomer(id).version();

        purchase(id, today().minusDays(3), "88.80");

        assertThat(asCustomer(id).values()).containsEntry("lifecycleStage", "new")
                .containsEntry("purchaseCount12m", 1L).containsEntry("lastPurchaseOn", today().minusDays(3));
        assertThat(asCustomer(id).version()).as("behaviour is no edit of the customer").isEqualTo(version);
    }

    @Test
    void satisfactionResponseRateAndOpenRequestsFollowTheirRecords() {
        long id = customer("Zhao");
        LocalDate day = today().minusDays(2);
        runAs.run(company.admin(), () -> {
            activity.log(id, new NewEntry.Feedback(day, 5, "很满意"));
            activity.log(id, new NewEntry.Feedback(day, 4, null));
            activity.log(id, new NewEntry.Feedback(day, 4, null));
            activity.log(id, new NewEntry.Campaign("双十一", day, true));
            activity.log(id, new NewEntry.Campaign("春节", day, false));
            activity.log(id, new NewEntry.Campaign("618", day, false));
            activity.log(id, new NewEntry.ServiceRequest(day, "发票"));
            long closed = activity.log(id, new NewEntry.ServiceRequest(day, "退货"));
            activity.closeServiceRequest(closed, day.plusDays(1));
        });

        Aggregates at = aggregates(id);
        assertThat(at.avgSatisfaction()).isEqualByComparingTo("4.333333");
        assertThat(at.campaignResponseRate()).isEqualByComparingTo("33.3333");
        assertThat(at.openServiceRequests()).isEqualTo(1);
        assertThat(at.annualContribution()).isZero();
        assertThat(at.lifecycleStage()).isEqualTo(LifecycleStage.PROSPECT);
    }
}
