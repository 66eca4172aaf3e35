package app.kehu.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kehu.common.NotFoundException;
import app.kehu.security.Role;
import app.kehu.support.Errors;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** Logging behaviour: who may, what is refused, what the timeline and the audit log show afterwards. */
class BehaviourLoggingTest extends BehaviourTest {

    @Test
    void theLastContactFollowsTheLatestInteractionWhateverOrderTheyAreLoggedIn() {
        long id = customer("Chen");
        Instant twoHoursAgo = clock.instant().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
        long recent = runAs.call(company.admin(), () -> activity.log(id,
                new NewEntry.Interaction(twoHoursAgo, Channel.CALL, "报价")));
        assertThat(aggregates(id).lastContactAt()).isEqualTo(twoHoursAgo);
        assertThat(aggregates(id).daysSinceLastContact()).isBetween(0L, 1L);

        runAs.run(company.admin(), () -> activity.log(id, new NewEntry.Interaction(twoHoursAgo.minus(Duration.ofDays(3)),
                Channel.VISIT, "拜访")));
        assertThat(aggregates(id).lastContactAt()).as("an older interaction changes nothing").isEqualTo(twoHoursAgo);

        runAs.run(company.admin(), () -> activity.delete(EntryKind.INTERACTION, recent));
        assertThat(aggregates(id).lastContactAt()).isEqualTo(twoHoursAgo.minus(Duration.ofDays(3)));
        assertThat(aggregates(id).daysSinceLastContact()).isBetween(3L, 4L);
    }

    @Test
    void theTimelineListsEveryKindNewestFirstWithWhoLoggedIt() {
        long id = customer("Sun");
        runAs.run(company.admin(), () -> {
            activity.log(id, new NewEntry.Campaign("春节促销", today().minusDays(30), true));
            activity.log(id, new NewEntry.Interaction(clock.instant().minus(Duration.ofDays(2)), Channel.WECHAT, "微信沟通"));
            activity.log(id, new NewEntry.Purchase(today(), new BigDecimal("1200"), "茶叶", null));
            activity.log(id, new NewEntry.Feedback(today().minusDays(5), 3, "一般"));
            activity.log(id, new NewEntry.ServiceRequest(today().minusDays(10), "发票"));
        });

        List<TimelineEntry> timeline = runAs.call(company.admin(), () -> activity.timeline(id));

        assertThat(timeline).extracting(TimelineEntry::kind).containsExactly(EntryKind.PURCHASE, EntryKind.INTERACTION,
                EntryKind.FEEDBACK, EntryKind.SERVICE_REQUEST, EntryKind.CAMPAIGN);
        assertThat(timeline).extracting(TimelineEntry::by).containsOnly(company.adminName());
        assertThat(timeline.get(1)).isInstanceOfSatisfying(TimelineEntry.Interaction.class,
                i -> assertThat(i.summary()).isEqualTo("微信沟通"));
    }

    @Test
    void staffLogOnlyForTheirOwnCustomersAndViewersNotAtAll() {
        String alice = tenants.addUser(company, Role.STAFF);
        String bob = tenants.addUser(company, Role.STAFF);
        String viewer = tenants.addUser(company, Role.VIEWER);
        long alices = customer(alice, "Alice's lead");
        NewEntry call = new NewEntry.Interaction(clock.instant(), Channel.CALL, "hello");

        runAs.run(alice, () -> activity.log(alices, call));
        runAs.run(bob, () -> {
            assertThatThrownBy(() -> activity.log(alices, call)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> activity.timeline(alices)).isInstanceOf(NotFoundException.class);
        });
        runAs.run(viewer, () -> {
            assertThatThrownBy(() -> activity.log(alices, call)).isInstanceOf(AccessDeniedException.class);
            assertThat(activity.timeline(alices)).as("viewers read").hasSize(1);
            assertThat(activity.canLog()).isFalse();
        });
        long entry = runAs.call(alice, () -> activity.timeline(alices)).getFirst().id();
        runAs.run(bob, () -> assertThatThrownBy(() -> activity.delete(EntryKind.INTERACTION, entry))
                .isInstanceOf(NotFoundException.class));
        assertThat(runAs.call(alice, () -> activity.timeline(alices))).hasSize(1);
    }

    @Test
    void everyChangeIsAuditedNamingTheCustomer() {
        long id = customer("Zhou");
        long purchase = purchase(id, today(), "99.90");
        long request = runAs.call(company.admin(), () -> activity.log(id,
                new NewEntry.ServiceRequest(today(), "安装")));
        runAs.run(company.admin(), () -> {
            activity.closeServiceRequest(request, today());
            activity.delete(EntryKind.PURCHASE, purchase);
        });

        assertThat(jdbc.auditTrail(company.slug())).containsSubsequence("CREATE Purchase#" + purchase,
                "CREATE ServiceRequest#" + request, "UPDATE ServiceRequest#" + request, "DELETE Purchase#" + purchase);
        assertThat(jdbc.template().queryForList("SELECT summary FROM " + tenant.table("audit_event")
                + " WHERE entity_type = 'Purchase' ORDER BY id", String.class))
                .containsExactly("Zhou · Tea set 99.90", "Zhou");
        assertThat(jdbc.latestChanges(company.slug())).isEmpty();
    }

    @Test
    void invalidInputIsRefusedFieldByFieldAndNothingIsWritten() {
        long id = customer("Xu");
        runAs.run(company.admin(), () -> {
            assertThat(Errors.of(() -> activity.log(id, new NewEntry.Interaction(null, null, "  "))))
                    .containsExactlyInAnyOrder("occurredAt=validation.required", "channel=validation.required",
                            "summary=validation.required");
            assertThat(Errors.of(() -> activity.log(id, new NewEntry.Purchase(today().plusDays(1),
                    new BigDecimal("-5"), "x", null)))).containsExactlyInAnyOrder("purchasedOn=activity.error.future",
                    "amount=activity.error.amount-positive");
            assertThat(Errors.of(() -> activity.log(id, new NewEntry.Purchase(today(), new BigDecimal("1.001"), "x",
                    null)))).containsExactly("amount=validation.scale");
            assertThat(Errors.of(() -> activity.log(id, new NewEntry.Feedback(today(), 6, null))))
                    .containsExactly("satisfaction=activity.error.satisfaction");
            assertThat(Errors.of(() -> activity.log(id, new NewEntry.Campaign("x".repeat(201), today(), null))))
                    .containsExactlyInAnyOrder("campaign=validation.too-long", "responded=validation.required");
            long request = activity.log(id, new NewEntry.ServiceRequest(today().minusDays(2), "维修"));
            assertThat(Errors.of(() -> activity.closeServiceRequest(request, today().minusDays(3))))
                    .containsExactly("closedOn=activity.error.closed-before-opened");
            activity.closeServiceRequest(request, today());
            assertThat(Errors.of(() -> activity.closeServiceRequest(request, today())))
                    .containsExactly("closedOn=activity.error.already-closed");
            assertThat(activity.timeline(id)).hasSize(1);
        });
    }

    @Test
    void deletingACustomerTakesItsBehaviourAlong() {
        long id = customer("Ma");
        purchase(id, today(), "10");
        runAs.run(company.admin(), () -> {
            activity.log(id, new NewEntry.Interaction(clock.instant(), Channel.EMAIL, "邮件"));
            customers.delete(id, customers.get(id).version());
        });

        assertThat(jdbc.count("SELECT count(*) FROM " + tenant.table("purchase"))).isZero();
        assertThat(jdbc.count("SELECT count(*) FROM " + tenant.table("interaction"))).isZero();
    }
}
