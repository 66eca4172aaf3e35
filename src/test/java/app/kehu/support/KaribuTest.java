package app.kehu.support;

import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.fakeservlet.FakeResponse;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import java.security.Principal;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Base of browserless UI tests: the real application context and database, Vaadin mocked by Karibu-Testing with
 * every view of the application registered, and Spring Security's signed-in user visible to Vaadin's navigation
 * access control exactly as in a running server.
 * <p>
 * Each test starts with a fresh UI and session, nobody signed in: like a browser opening the app, it lands on the
 * sign-in page. {@link #login(String)} signs a user in; navigate afterwards.
 */
public abstract class KaribuTest extends IntegrationTest {

    /** Scanning the class path is slow: once per JVM. */
    private static final Routes ROUTES = new Routes().autoDiscoverViews("app.kehu");

    @Autowired
    private ApplicationContext context;
    @Autowired
    private UserDetailsService users;

    @BeforeEach
    void mockVaadin() {
        logout();
        MockVaadin.setMockRequestFactory(SpringSecurityRequest::new);
        openBrowser();
    }

    /**
     * Closes the browser and opens it again, signed out; sign in and navigate afterwards. Views are then created
     * anew, as when a user comes back later (navigating to the route already shown would reuse the view).
     */
    protected void reopenBrowser() {
        MockVaadin.tearDown();
        logout();
        openBrowser();
    }

    private void openBrowser() {
        MockVaadin.setup(MockedUI::new, new MockSpringServlet(ROUTES, context, MockedUI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        try {
            MockVaadin.tearDown();
        } finally {
            MockVaadin.setMockRequestFactory(FakeRequest::new);
            SecurityContextHolder.clearContext();
        }
    }

    /** Signs the user in for this browser session, as a successful sign-in form would. */
    protected void login(String email) {
        UserDetails user = users.loadUserByUsername(email);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    /** Back to an anonymous visitor, whom Spring Security's filters represent by an anonymous token. */
    protected void logout() {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new AnonymousAuthenticationToken("karibu", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        SecurityContextHolder.setContext(context);
    }

    /** Navigates like a click on a link and returns the view that is shown then, which must be {@code view}. */
    protected static <T extends Component> T navigate(Class<T> view) {
        UI.getCurrent().navigate(view);
        return assertView(view);
    }

    /** Asserts the view the user sees now (views may be Spring proxies, hence no exact class match). */
    protected static <T extends Component> T assertView(Class<T> view) {
        Component current = UI.getCurrent().getCurrentView();
        if (!view.isInstance(current)) {
            throw new AssertionError("Expected view " + view.getSimpleName() + " but the user sees "
                    + (current == null ? "nothing" : current.getClass().getName()) + " at '"
                    + UI.getCurrent().getActiveViewLocation().getPath() + "'");
        }
        return view.cast(current);
    }

    /** The text the user sees for a translation key, in the UI's language. */
    protected static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }

    /** The mocked HTTP request of this browser session, e.g. for cookies. */
    protected static FakeRequest request() {
        return (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
    }

    /** The mocked HTTP response of this browser session, e.g. for cookies set. */
    protected static FakeResponse response() {
        return (FakeResponse) ((VaadinServletResponse) VaadinResponse.getCurrent()).getResponse();
    }

    protected static <T extends Component> T byId(Class<T> type, String id) {
        return LocatorJ._get(type, spec -> spec.withId(id));
    }

    protected static void click(String buttonId) {
        LocatorJ._click(byId(Button.class, buttonId));
    }

    /** The error shown next to the field, or null when the field is valid. */
    protected static String errorOf(HasValidation field) {
        return field.isInvalid() ? field.getErrorMessage() : null;
    }

    /** The index of the first grid row whose item matches, as the grid shows them now. */
    protected static <T> int rowOf(Grid<T> grid, Predicate<T> item) {
        List<T> items = GridKt._findAll(grid);
        for (int row = 0; row < items.size(); row++) {
            if (item.test(items.get(row))) {
                return row;
            }
        }
        throw new AssertionError("No such row among " + items);
    }

    /**
     * The component a {@link ComponentRenderer} column shows in a row, found by the column's header text, for
     * columns without a key (such as row actions).
     */
    @SuppressWarnings("unchecked")
    protected static <T> Component cell(Grid<T> grid, String header, int row) {
        Grid.Column<T> column = GridKt._getColumnByHeader(grid, header);
        var renderer = (ComponentRenderer<? extends Component, T>) column.getRenderer();
        return renderer.createComponent(GridKt._get(grid, row));
    }

    /**
     * What the servlet filter chain gives Vaadin in a running server: the user principal and roles of the request
     * are those of Spring Security's current authentication (as in Spring's SecurityContextHolderAwareRequestWrapper).
     */
    private static final class SpringSecurityRequest extends FakeRequest {

        private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

        SpringSecurityRequest(FakeHttpSession session) {
            super(session);
        }

        @Override
        public Principal getUserPrincipal() {
            return authentication();
        }

        @Override
        public boolean isUserInRole(String role) {
            Authentication authentication = authentication();
            String authority = role.startsWith("ROLE_") ? role : "ROLE_" + role;
            return authentication != null && authentication.getAuthorities().stream()
                    .anyMatch(granted -> authority.equals(granted.getAuthority()));
        }

        private static Authentication authentication() {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            return authentication == null || TRUST.isAnonymous(authentication) || !authentication.isAuthenticated()
                    ? null : authentication;
        }
    }
}
