package app.kehu.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kehu.support.IntegrationTest;
import app.kehu.support.TestTenants;
import app.kehu.support.TestTenants.Company;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** Sign-in resists guessing, locks after repeated failures and never tells whether an e-mail exists. */
class LoginThrottleTest extends IntegrationTest {

    @Autowired
    ThrottledAuthenticationProvider provider;
    @Autowired
    LockoutPolicy policy;

    Company company;

    @BeforeEach
    void company() {
        company = tenants.signUp();
    }

    @Test
    void theRightPasswordSignsInAsTheUserOfTheirTenant() {
        KehuUser user = (KehuUser) signIn(company.admin(), TestTenants.PASSWORD).getPrincipal();
        assertThat(user.role()).isEqualTo(Role.ADMIN);
        assertThat(user.tenant().id()).isEqualTo(company.tenantId());
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() {
        int max = policy.lockout().maxFailures();
        for (int i = 1; i < max; i++) {
            assertThatThrownBy(() -> signIn(company.admin(), "wrong")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn(company.admin(), "wrong")).isInstanceOf(LockedException.class);
        assertThatThrownBy(() -> signIn(company.admin(), TestTenants.PASSWORD)).isInstanceOf(LockedException.class);
    }

    @Test
    void unknownEmailsAnswerExactlyLikeKnownOnes() {
        String unknown = "nobody@" + company.slug() + ".test";
        int max = policy.lockout().maxFailures();
        for (int i = 1; i < max; i++) {
            assertThatThrownBy(() -> signIn(unknown, "wrong")).isInstanceOf(BadCredentialsException.class)
                    .hasMessage("Bad credentials");
        }
        assertThatThrownBy(() -> signIn(unknown, "wrong")).isInstanceOf(LockedException.class);
    }

    @Test
    void theLockLiftsWhenTheFailuresAreOlderThanTheLockDuration() {
        long seconds = policy.lockout().duration().toSeconds() + 60;
        for (int i = 0; i < policy.lockout().maxFailures(); i++) {
            jdbc.template().update("INSERT INTO kehu.login_attempt (email, succeeded, attempted_at) "
                    + "VALUES (?, false, now() - make_interval(secs => ?))", company.admin(), seconds);
        }
        assertThat(signIn(company.admin(), TestTenants.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void aSuccessfulSignInStartsTheCountAgain() {
        for (int i = 1; i < policy.lockout().maxFailures(); i++) {
            assertThatThrownBy(() -> signIn(company.admin(), "wrong")).isInstanceOf(BadCredentialsException.class);
        }
        signIn(company.admin(), TestTenants.PASSWORD);
        assertThatThrownBy(() -> signIn(company.admin(), "wrong")).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void deactivatedUsersCannotSignInAndAreNotToldWhy() {
        String staff = tenants.addUser(company, Role.STAFF);
        long id = jdbc.count("SELECT id FROM kehu.app_user WHERE email = ?", staff);
        jdbc.template().update("UPDATE kehu.app_user SET active = false WHERE id = ?", id);
        assertThatThrownBy(() -> signIn(staff, TestTenants.PASSWORD)).isInstanceOf(BadCredentialsException.class)
                .hasMessage("Bad credentials");
    }

    @Test
    void successesAndFailuresAreAuditedInTheUsersTenant() {
        signIn(company.admin(), TestTenants.PASSWORD);
        assertThatThrownBy(() -> signIn(company.admin(), "wrong")).isInstanceOf(BadCredentialsException.class);
        assertThat(jdbc.auditActions(company.slug())).containsSubsequence("LOGIN_SUCCESS User", "LOGIN_FAILURE User");
    }

    private Authentication signIn(String email, String password) {
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }
}
