package app.kehu.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.kehu.security.Role;
import app.kehu.support.Errors;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** Who is due for a follow-up, and who has been left alone too long. */
class FollowUpsAndReviewTest extends BehaviourTest {

    @Test
    void dueAndOverdueFollowUpsOfTheStaffMemberOverdueFirstFutureOnesNot() {
        String alice = tenants.addUser(company, Role.STAFF);
        String bob = tenants.addUser(company, Role.STAFF);
        long dueToday = customer(alice, "due today");
        long overdue = customer(alice, "overdue");
        long later = customer(alice, "next week");
        long bobs = customer(bob, "Bob's");
        runAs.run(alice, () -> {
            activity.setNextFollowUp(dueToday, today());
            activity.setNextFollowUp(later, today().plusDays(7));
        });
        runAs.run(bob, () -> activity.setNextFollowUp(bobs, today()));
        long bobId = (Long) asCustomer(bobs).get("owner");
        followUpOn(overdue, today().minusDays(3)); // set last week, now passed

        runAs.run(alice, () -> {
            assertThat(activity.dueFollowUps(null)).extracting(FollowUp::customerName, FollowUp::overdue)
                    .containsExactly(tuple("overdue", true), tuple("due today", false));
            assertThatThrownBy(() -> activity.dueFollowUps(bobId)).isInstanceOf(AccessDeniedException.class);
        });
        long aliceId = (Long) asCustomer(dueToday).get("owner");
        String manager = tenants.addUser(company, Role.MANAGER);
        runAs.run(manager, () -> assertThat(activity.dueFollowUps(aliceId)).extracting(FollowUp::customerId)
                .containsExactly(overdue, dueToday));
        runAs.run(bob, () -> assertThat(activity.dueFollowUps(null)).extracting(FollowUp::customerId)
                .containsExactly(bobs));
    }

    @Test
    void aFollowUpCannotBeSetInThePastAndIsAnAuditedEdit() {
        long id = customer("Wu");
        runAs.run(company.admin(), () -> {
            assertThat(Errors.of(() -> activity.setNextFollowUp(id, today().minusDays(1))))
                    .containsExactly("nextFollowUp=activity.error.follow-up-past");
            activity.setNextFollowUp(id, today().plusDays(2));
            assertThat(activity.aggregates(id).nextFollowUp()).isEqualTo(today().plusDays(2));
        });
        assertThat(jdbc.latestChanges(company.slug())).containsExactly("nextFollowUp: ∅ -> " + today().plusDays(2));
    }

    @Test
    void theReviewListHoldsCustomersNeitherEditedNorContactedForTheSetDays() {
        String alice = tenants.addUser(company, Role.STAFF);
        long forgotten = customer(alice, "forgotten");
        long edited = customer(alice, "edited lately");
        long called = customer(alice, "called lately");
        long adminsOwn = customer("admin's own, forgotten");
        runAs.run(alice, () -> activity.log(called, new NewEntry.Interaction(clock.instant().minus(Duration.ofDays(1)),
                Channel.CALL, "回访")));
        Instant now = clock.instant();
        touched(forgotten, now.minus(Duration.ofDays(30)).minus(Duration.ofHours(1)));
        touched(edited, now.minus(Duration.ofDays(30)).plus(Duration.ofHours(1)));
        touched(called, now.minus(Duration.ofDays(90)));
        touched(adminsOwn, now.minus(Duration.ofDays(60)));

        runAs.run(alice, () -> {
            assertThat(activity.reviewDays()).isEqualTo(30);
            assertThat(activity.staleCustomers(0, 50)).extracting(StaleCustomer::customerId).containsExactly(forgotten);
            assertThat(activity.countStaleCustomers()).isEqualTo(1);
        });
        runAs.run(company.admin(), () -> {
            assertThat(activity.staleCustomers(0, 50)).extracting(StaleCustomer::customerId)
                    .containsExactly(adminsOwn, forgotten);
            assertThat(activity.staleCustomers(0, 50).getFirst().daysUntouched()).isEqualTo(60);
            ActivitySettings settings = activity.settings();
            activity.updateSettings(new ActivitySettings(settings.newDays(), settings.activeDays(),
                    settings.churnDays(), 45, settings.version()));
            assertThat(activity.staleCustomers(0, 50)).extracting(StaleCustomer::customerId).containsExactly(adminsOwn);
        });
    }

    private void followUpOn(long customerId, LocalDate day) {
        jdbc.template().update("UPDATE " + tenant.table("customer") + " SET next_follow_up_on = ? WHERE id = ?", day,
                customerId);
    }

    private void touched(long customerId, Instant at) {
        jdbc.template().update("UPDATE " + tenant.table("customer") + " SET updated_at = ? WHERE id = ?",
                Timestamp.from(at), customerId);
    }
}
