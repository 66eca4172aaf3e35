package app.kehu.activity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kehu.activity.ActivityService;
import app.kehu.security.Role;
import app.kehu.support.KaribuTest;
import app.kehu.support.TestTenants.Company;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.IntegerField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Admins set the lifecycle windows and the review period; nobody else gets there. */
class ActivitySettingsViewTest extends KaribuTest {

    @Autowired
    ActivityService activity;

    Company company;

    @BeforeEach
    void company() {
        company = tenants.signUp();
    }

    @Test
    void windowsOutOfOrderAreRefusedNextToTheFieldAndGoodOnesSaved() {
        login(company.admin());
        navigate(ActivitySettingsView.class);
        assertThat(field("newDays").getValue()).isEqualTo(90);

        _setValue(field("activeDays"), 60);
        click("save-settings");
        assertThat(errorOf(field("activeDays"))).isEqualTo(t("activity.error.active-before-new"));

        _setValue(field("activeDays"), 200);
        _setValue(field("reviewDays"), 14);
        click("save-settings");
        expectNotifications(t("activity.settings.saved"));
        assertThat(errorOf(field("activeDays"))).isNull();
        assertThat(runAs.call(company.admin(), () -> activity.settings()).reviewDays()).isEqualTo(14);
    }

    @Test
    void managersCannotOpenTheSettings() {
        login(tenants.addUser(company, Role.MANAGER));

        assertThatThrownBy(() -> UI.getCurrent().navigate(ActivitySettingsView.class))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    private static IntegerField field(String key) {
        return byId(IntegerField.class, "setting-" + key);
    }
}
