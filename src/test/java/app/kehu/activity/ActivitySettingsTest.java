package app.kehu.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kehu.common.ConcurrentEditException;
import app.kehu.security.Role;
import app.kehu.support.Errors;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** The admin's lifecycle windows and review period. */
class ActivitySettingsTest extends BehaviourTest {

    @Test
    void newWindowsMoveEveryCustomersStageAtOnceAndAreAudited() {
        long id = customer("Guo");
        purchase(id, today().minusDays(100), "50");
        assertThat(aggregates(id).lifecycleStage()).isEqualTo(LifecycleStage.ACTIVE);

        runAs.run(company.admin(), () -> {
            ActivitySettings before = activity.settings();
            assertThat(before).isEqualTo(new ActivitySettings(90, 180, 365, 30, 0));
            ActivitySettings saved = activity.updateSettings(new ActivitySettings(120, 180, 365, 30, 0));
            assertThat(saved.version()).isEqualTo(1);
        });

        assertThat(aggregates(id).lifecycleStage()).isEqualTo(LifecycleStage.NEW);
        assertThat(jdbc.auditTrail(company.slug())).last().isEqualTo("UPDATE ActivitySettings#1");
        assertThat(jdbc.latestChanges(company.slug())).containsExactly("newDays: 90 -> 120");
    }

    @Test
    void windowsMustBeInOrderAndWithinTenYears() {
        runAs.run(company.admin(), () -> {
            assertThat(Errors.of(() -> activity.updateSettings(new ActivitySettings(200, 100, 50, 0, 0))))
                    .containsExactlyInAnyOrder("activeDays=activity.error.active-before-new",
                            "churnDays=activity.error.churn-before-active", "reviewDays=validation.min");
            assertThat(Errors.of(() -> activity.updateSettings(new ActivitySettings(0, 100, 5000, 30, 0))))
                    .containsExactlyInAnyOrder("newDays=validation.min", "churnDays=validation.max");
            assertThat(activity.settings().version()).isZero();
        });
    }

    @Test
    void aStaleSaveIsRefusedAndOnlyAdminsMayChangeTheSettings() {
        String manager = tenants.addUser(company, Role.MANAGER);
        runAs.run(company.admin(), () -> {
            activity.updateSettings(new ActivitySettings(30, 180, 365, 30, 0));
            assertThatThrownBy(() -> activity.updateSettings(new ActivitySettings(60, 180, 365, 30, 0)))
                    .isInstanceOf(ConcurrentEditException.class);
            assertThat(activity.settings().newDays()).isEqualTo(30);
        });
        runAs.run(manager, () -> assertThatThrownBy(() -> activity.updateSettings(
                new ActivitySettings(60, 180, 365, 30, 1))).isInstanceOf(AccessDeniedException.class));
    }
}
