package app.kehu.security;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Password sign-in with throttling and lockout. Every failure looks the same from outside (a wrong password,
 * an unknown e-mail, a deactivated account), so answers never reveal whether an account exists.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final LoginAuditor auditor;

    ThrottledAuthenticationProvider(KehuUserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle,
            LoginAuditor auditor) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.auditor = auditor;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String email = attempt.getName() == null ? "" : attempt.getName().strip();
        if (throttle.isLocked(email)) {
            throw new LockedException("Too many failed sign-in attempts");
        }
        try {
            Authentication result = passwords.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(email, attempt.getCredentials()));
            throttle.record(email, true);
            auditor.succeeded((KehuUser) result.getPrincipal());
            return result;
        } catch (BadCredentialsException | AccountStatusException e) {
            throttle.record(email, false);
            auditor.failed(email);
            throttle.delayFailure();
            if (throttle.isLocked(email)) {
                throw new LockedException("Too many failed sign-in attempts", e);
            }
            throw new BadCredentialsException("Bad credentials", e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
