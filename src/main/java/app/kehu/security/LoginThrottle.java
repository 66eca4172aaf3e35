package app.kehu.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Sign-in attempts per e-mail address as typed. Known and unknown addresses are treated alike, so that
 * neither the answers nor the lockout tell whether an account exists.
 */
@Component
class LoginThrottle {

    private final JdbcTemplate jdbc;
    private final LockoutPolicy policy;

    LoginThrottle(JdbcTemplate jdbc, LockoutPolicy policy) {
        this.jdbc = jdbc;
        this.policy = policy;
    }

    boolean isLocked(String email) {
        Integer failures = jdbc.queryForObject("""
                SELECT count(*) FROM kehu.login_attempt a
                 WHERE lower(a.email) = lower(?) AND NOT a.succeeded
                   AND a.attempted_at > now() - make_interval(secs => ?)
                   AND a.attempted_at > coalesce((SELECT max(s.attempted_at) FROM kehu.login_attempt s
                                                   WHERE lower(s.email) = lower(?) AND s.succeeded), '-infinity')
                """, Integer.class, email, policy.lockout().duration().toSeconds(), email);
        return failures != null && failures >= policy.lockout().maxFailures();
    }

    void record(String email, boolean succeeded) {
        jdbc.update("INSERT INTO kehu.login_attempt (email, succeeded) VALUES (?, ?)", email, succeeded);
    }

    void delayFailure() {
        try {
            Thread.sleep(policy.failureDelay());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
