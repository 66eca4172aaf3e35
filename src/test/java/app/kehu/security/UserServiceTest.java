package app.kehu.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kehu.common.NotFoundException;
import app.kehu.support.Errors;
import app.kehu.support.IntegrationTest;
import app.kehu.support.TestTenants;
import app.kehu.support.TestTenants.Company;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.session.SessionRegistry;

/** Admins manage their company's users; the company always keeps an active admin. */
class UserServiceTest extends IntegrationTest {

    @Autowired
    UserService users;
    @Autowired
    ThrottledAuthenticationProvider provider;
    @Autowired
    SignedInSessions sessions;
    @Autowired
    SessionRegistry sessionRegistry;
    @Autowired
    KehuUserDetailsService principals;

    Company company;

    @BeforeEach
    void company() {
        company = tenants.signUp();
    }

    @Test
    void anAdminAddsAUserWithARoleWhoCanThenSignIn() {
        UserSummary created = asAdmin(() -> users.createUser(new NewUser("li.na@" + company.slug() + ".test", "李娜",
                Role.MANAGER, "Strong-Passw0rd")));
        assertThat(created.role()).isEqualTo(Role.MANAGER);
        assertThat(asAdmin(users::listUsers)).extracting(UserSummary::email).contains(created.email());
        assertThat(provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(created.email(),
                "Strong-Passw0rd")).isAuthenticated()).isTrue();
    }

    @Test
    void badNewUsersAreRefusedFieldByField() {
        assertThat(errors(() -> users.createUser(new NewUser("not-an-email", " ", null, "short"))))
                .containsExactlyInAnyOrder("email=validation.email", "displayName=validation.required",
                        "role=validation.required", "password=password.too-short");
        assertThat(errors(() -> users.createUser(new NewUser(company.admin().toUpperCase(), "Dup", Role.STAFF,
                "Strong-Passw0rd")))).containsExactly("email=user.error.email-taken");
        assertThat(errors(() -> users.createUser(new NewUser("x@" + company.slug() + ".test", "Weak", Role.STAFF,
                "alllowercaseletters")))).containsExactly("password=password.too-simple");
    }

    @Test
    void theLastActiveAdminCanNeitherBeDemotedNorDeactivated() {
        long adminId = idOf(company.admin());
        assertThat(errors(() -> users.changeRole(adminId, Role.STAFF))).containsExactly("role=user.error.last-admin");
        assertThat(errors(() -> users.setActive(adminId, false))).containsExactly("active=user.error.last-admin");
        assertThat(asAdmin(users::listUsers)).filteredOn(u -> u.id() == adminId).singleElement()
                .matches(u -> u.role() == Role.ADMIN && u.active());
    }

    @Test
    void withASecondAdminTheFirstCanStepDown() {
        String second = tenants.addUser(company, Role.STAFF);
        long secondId = idOf(second);
        asAdmin(() -> users.changeRole(secondId, Role.ADMIN));
        UserSummary demoted = asAdmin(() -> users.changeRole(idOf(company.admin()), Role.MANAGER));
        assertThat(demoted.role()).isEqualTo(Role.MANAGER);
        runAs.run(second, () -> assertThat(Errors.of(() -> users.setActive(secondId, false)))
                .containsExactly("active=user.error.last-admin"));
    }

    @Test
    void aResetPasswordReplacesTheOldOne() {
        String staff = tenants.addUser(company, Role.STAFF);
        asAdmin(() -> {
            users.resetPassword(idOf(staff), "Brand-New-Passw0rd");
            return null;
        });
        assertThatThrownBy(() -> provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(staff,
                TestTenants.PASSWORD))).isInstanceOf(BadCredentialsException.class);
        assertThat(provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(staff,
                "Brand-New-Passw0rd")).isAuthenticated()).isTrue();
    }

    @Test
    void onlyAdminsManageUsers() {
        String manager = tenants.addUser(company, Role.MANAGER);
        runAs.run(manager, () -> {
            assertThatThrownBy(users::listUsers).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.createUser(new NewUser("m@x.test", "M", Role.ADMIN, "Strong-Passw0rd")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.changeRole(idOf(manager), Role.ADMIN))
                    .isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void anAdminCannotTouchAnotherCompanysUsers() {
        Company other = tenants.signUp();
        long foreignAdmin = runAs.call(other.admin(), () -> users.listUsers().getFirst().id());
        runAs.run(company.admin(), () -> {
            assertThat(users.listUsers()).extracting(UserSummary::id).doesNotContain(foreignAdmin);
            assertThatThrownBy(() -> users.changeRole(foreignAdmin, Role.VIEWER)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> users.setActive(foreignAdmin, false)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> users.resetPassword(foreignAdmin, "Hijack-Passw0rd!"))
                    .isInstanceOf(NotFoundException.class);
            assertThat(users.displayNames(List.of(foreignAdmin))).isEmpty();
        });
    }

    @Test
    void changingAUsersAccessEndsTheirOpenSessionsAndOnlyTheirs() {
        String staff = tenants.addUser(company, Role.STAFF);
        String other = tenants.addUser(company, Role.STAFF);
        sessions.register("staff-session", principals.loadUserByUsername(staff));
        sessions.register("other-session", principals.loadUserByUsername(other));

        asAdmin(() -> users.changeRole(idOf(staff), Role.VIEWER));

        assertThat(sessionRegistry.getSessionInformation("staff-session").isExpired()).isTrue();
        assertThat(sessionRegistry.getSessionInformation("other-session").isExpired()).isFalse();
    }

    @Test
    void aRefusedChangeEndsNoSession() {
        sessions.register("admin-session", principals.loadUserByUsername(company.admin()));
        assertThat(errors(() -> users.setActive(idOf(company.admin()), false))).isNotEmpty();
        assertThat(sessionRegistry.getSessionInformation("admin-session").isExpired()).isFalse();
    }

    private long idOf(String email) {
        return asAdmin(() -> users.listUsers().stream().filter(u -> u.email().equals(email)).findFirst().orElseThrow()
                .id());
    }

    private <T> T asAdmin(Supplier<T> task) {
        return runAs.call(company.admin(), task);
    }

    private List<String> errors(Runnable action) {
        return runAs.call(company.admin(), () -> Errors.of(action));
    }
}
