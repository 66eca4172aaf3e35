package app.kehu.security;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a user in from inside the UI (right after signup), through the same throttled, audited provider
 * as the sign-in form, and with a fresh session id against session fixation.
 */
@Component
public class SessionLogin {

    private final ThrottledAuthenticationProvider provider;
    private final SignedInSessions sessions;
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    SessionLogin(ThrottledAuthenticationProvider provider, SignedInSessions sessions) {
        this.provider = provider;
        this.sessions = sessions;
    }

    public void login(String email, String password) {
        Authentication authentication = provider.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email, password));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        VaadinServletResponse response = VaadinServletResponse.getCurrent();
        if (request != null && response != null) {
            HttpServletRequest http = request.getHttpServletRequest();
            if (http.getSession(false) != null) {
                http.changeSessionId();
            }
            repository.saveContext(context, http, response.getHttpServletResponse());
            sessions.register(http.getSession().getId(), (KehuUser) authentication.getPrincipal());
        }
    }
}
