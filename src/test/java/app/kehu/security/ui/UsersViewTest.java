package app.kehu.security.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNoDialogs;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireCancel;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._getText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kehu.security.PasswordPolicy;
import app.kehu.security.Role;
import app.kehu.security.SessionLogin;
import app.kehu.security.UserSummary;
import app.kehu.support.KaribuTest;
import app.kehu.support.TestTenants;
import app.kehu.support.TestTenants.Company;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;

/** Admins manage their company's users; nobody else gets to. */
class UsersViewTest extends KaribuTest {

    @Autowired
    SessionLogin sessionLogin;

    Company company;
    String staff;

    @BeforeEach
    void companyWithAStaffMember() {
        company = tenants.signUp();
        staff = tenants.addUser(company, Role.STAFF);
    }

    @Test
    void anAdminAddsAUserWithARole() {
        login(company.admin());
        navigate(UsersView.class);
        String email = "new-manager@" + company.slug() + ".test";

        _click(byId(Button.class, "add-user"));
        Dialog dialog = _get(Dialog.class);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel(t("users.name"))), "Wang Fang");
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel(t("users.email"))), email);
        _setValue(roleSelect(dialog), Role.MANAGER);
        _setValue(_get(dialog, PasswordField.class, spec -> spec.withLabel(t("users.initial-password"))),
                TestTenants.PASSWORD);
        click("save-user");

        _assertNoDialogs();
        expectNotifications(t("users.created", "Wang Fang"));
        assertThat(_findAll(grid())).filteredOn(u -> u.email().equals(email)).singleElement()
                .satisfies(u -> assertThat(u.role()).isEqualTo(Role.MANAGER))
                .satisfies(u -> assertThat(u.active()).isTrue());
    }

    @Test
    void invalidInputForANewUserIsShownOnEachFieldAndAddsNobody() {
        login(company.admin());
        navigate(UsersView.class);

        _click(byId(Button.class, "add-user"));
        Dialog dialog = _get(Dialog.class);
        TextField name = _get(dialog, TextField.class, spec -> spec.withLabel(t("users.name")));
        TextField email = _get(dialog, TextField.class, spec -> spec.withLabel(t("users.email")));
        PasswordField password = _get(dialog, PasswordField.class, spec -> spec.withLabel(t("users.initial-password")));
        _setValue(name, "  ");
        _setValue(email, "not-an-email");
        _setValue(password, "short");
        click("save-user");

        assertThat(errorOf(name)).isEqualTo(t("validation.required"));
        assertThat(errorOf(email)).isEqualTo(t("validation.email"));
        assertThat(errorOf(password)).isEqualTo(t("password.too-short", PasswordPolicy.MIN_LENGTH));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(_findAll(grid())).extracting(UserSummary::email).containsExactlyInAnyOrder(company.admin(), staff);
    }

    @Test
    void anAdminChangesAUsersRoleInTheirRow() {
        login(company.admin());
        navigate(UsersView.class);
        UserSummary user = user(staff);

        _setValue(roleSelectOf(staff), Role.MANAGER);

        expectNotifications(t("users.role-changed", user.displayName(), t("role.MANAGER")));
        assertThat(user(staff).role()).isEqualTo(Role.MANAGER);
        assertThat(roleSelectOf(staff).getValue()).isEqualTo(Role.MANAGER);
    }

    @Test
    void demotingTheLastAdminIsRefusedAndTheRoleStays() {
        login(company.admin());
        navigate(UsersView.class);

        _setValue(roleSelectOf(company.admin()), Role.STAFF);

        expectNotifications(t("user.error.last-admin"));
        assertThat(user(company.admin()).role()).isEqualTo(Role.ADMIN);
        assertThat(roleSelectOf(company.admin()).getValue()).isEqualTo(Role.ADMIN);
    }

    @Test
    void deactivatingAUserAsksFirstAndThenStopsTheirSignIn() {
        login(company.admin());
        navigate(UsersView.class);
        UserSummary user = user(staff);

        _click(action(staff, "users.deactivate"));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(_getText(confirm)).isEqualTo(t("users.confirm-deactivate", user.displayName()));
        _fireCancel(confirm);
        assertThat(user(staff).active()).as("cancelled").isTrue();

        _click(action(staff, "users.deactivate"));
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(user(staff).active()).isFalse();
        assertThat(_getFormatted(grid(), rowOf(grid(), u -> u.email().equals(staff)), "status"))
                .isEqualTo(t("users.inactive"));
        assertThatThrownBy(() -> sessionLogin.login(staff, TestTenants.PASSWORD))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void resettingAPasswordRefusesAWeakOneAndLetsTheUserSignInWithTheNewOne() {
        login(company.admin());
        navigate(UsersView.class);
        UserSummary user = user(staff);
        String newPassword = "Another-Passw0rd?";

        _click(action(staff, "users.reset-password"));
        Dialog dialog = _get(Dialog.class);
        PasswordField password = _get(dialog, PasswordField.class, spec -> spec.withLabel(t("users.new-password")));
        Button save = _get(dialog, Button.class, spec -> spec.withText(t("users.reset-password")));
        _setValue(password, "weak");
        _click(save);
        assertThat(errorOf(password)).isEqualTo(t("password.too-short", PasswordPolicy.MIN_LENGTH));
        assertThat(dialog.isOpened()).isTrue();

        _setValue(password, newPassword);
        _click(save);

        _assertNoDialogs();
        expectNotifications(t("users.password-reset", user.displayName()));
        assertThatCode(() -> sessionLogin.login(staff, newPassword)).doesNotThrowAnyException();
    }

    @Test
    void staffCannotOpenTheUsersPage() {
        login(staff);

        assertThatThrownBy(() -> UI.getCurrent().navigate(UsersView.class))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    @SuppressWarnings("unchecked")
    private static Grid<UserSummary> grid() {
        return _get(Grid.class);
    }

    private static UserSummary user(String email) {
        return _findAll(grid()).stream().filter(u -> u.email().equals(email)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Select<Role> roleSelectOf(String email) {
        return (Select<Role>) _getCellComponent(grid(), rowOf(grid(), u -> u.email().equals(email)), "role");
    }

    @SuppressWarnings("unchecked")
    private static Select<Role> roleSelect(Component within) {
        return _get(within, Select.class, spec -> spec.withLabel(t("users.role")));
    }

    private static Button action(String email, String textKey) {
        Component actions = cell(grid(), t("common.actions"), rowOf(grid(), u -> u.email().equals(email)));
        return _get(actions, Button.class, spec -> spec.withText(t(textKey)));
    }
}
