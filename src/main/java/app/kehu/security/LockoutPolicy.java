package app.kehu.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How sign-in resists guessing: every failure is answered only after {@code failureDelay}, and
 * {@code maxFailures} failures within {@code duration} lock the e-mail for that long.
 */
@ConfigurationProperties("kehu.security")
public record LockoutPolicy(Lockout lockout, Duration failureDelay) {

    public record Lockout(int maxFailures, Duration duration) {
    }
}
