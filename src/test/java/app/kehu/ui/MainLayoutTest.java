package app.kehu.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.kehu.customer.ui.CustomersView;
import app.kehu.security.Role;
import app.kehu.support.KaribuTest;
import app.kehu.support.TestTenants.Company;
import app.kehu.security.ui.LoginView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.springframework.security.core.context.SecurityContextHolder;
import org.junit.jupiter.api.Test;

/** The frame of signed-in pages: whose company and account it is, and a menu of only what the user may open. */
class MainLayoutTest extends KaribuTest {

    @Test
    void adminsGetTheWholeMenu() {
        Company company = tenants.signUp();
        login(company.admin());

        navigate(CustomersView.class);

        assertThat(_get(Span.class, spec -> spec.withClasses("tenant-name")).getText())
                .isEqualTo(company.name());
        assertThat(_get(Span.class, spec -> spec.withClasses("current-user")).getText())
                .isEqualTo(company.adminName());
        assertThat(menu()).containsExactly(t("nav.customers"), t("nav.follow-ups"), t("nav.review"), t("nav.rating"),
                t("nav.fields"), t("nav.field-permissions"), t("nav.activity-settings"), t("nav.users"),
                t("nav.audit"));
    }

    @Test
    void staffSeeNoMenuEntriesForAdminPages() {
        login(tenants.addUser(tenants.signUp(), Role.STAFF));

        navigate(CustomersView.class);

        assertThat(menu()).containsExactly(t("nav.customers"), t("nav.follow-ups"), t("nav.review"));
    }

    @Test
    void signingOutEndsTheSessionAndShowsTheSignInPage() {
        login(tenants.signUp().admin());
        navigate(CustomersView.class);

        _click(_get(Button.class, spec -> spec.withText(t("nav.sign-out"))));

        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        UI.getCurrent().navigate(CustomersView.class);
        assertView(LoginView.class);
    }

    private static List<String> menu() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }
}
