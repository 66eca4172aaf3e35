package app.kehu.security;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends a user's open sessions once a change to their access has committed (role, password, deactivation),
 * so that nobody keeps working with rights they no longer have.
 */
@Component
class SignedInSessions {

    private final SessionRegistry registry;

    SignedInSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    void register(String sessionId, KehuUser user) {
        registry.registerNewSession(sessionId, user);
    }

    @TransactionalEventListener
    void accessChanged(UserAccessChanged event) {
        registry.getAllPrincipals().stream()
                .filter(p -> p instanceof KehuUser user && user.userId() == event.userId())
                .flatMap(p -> registry.getAllSessions(p, false).stream())
                .forEach(SessionInformation::expireNow);
    }

    /** Published inside the transaction that changes a user's access. */
    record UserAccessChanged(long userId) {
    }
}
