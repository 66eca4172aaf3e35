package app.kehu.security;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs work as a named user of a tenant, with that user's rights and nothing more. For seeding demo data and
 * for tests; never reachable from a request.
 */
@Component
public class RunAs {

    private final KehuUserDetailsService users;

    RunAs(KehuUserDetailsService users) {
        this.users = users;
    }

    public void run(String email, Runnable task) {
        call(email, () -> {
            task.run();
            return null;
        });
    }

    public <T> T call(String email, Supplier<T> task) {
        KehuUser user = users.loadUserByUsername(email);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return task.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
