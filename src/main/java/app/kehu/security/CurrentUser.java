package app.kehu.security;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user for service code; services never trust a user id handed to them by a view. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static KehuUser require() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof KehuUser user) {
            return user;
        }
        throw new AuthenticationCredentialsNotFoundException("Not signed in");
    }
}
