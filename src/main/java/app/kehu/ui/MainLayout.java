package app.kehu.ui;

import app.kehu.tenancy.TenantPrincipal;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The frame around every signed-in view: navigation built from the views' {@code @Menu} entries the user may
 * open, the company and user, the language and sign-out. Menu titles are translation keys.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication) {
        TenantPrincipal user = authentication.getAuthenticatedUser(TenantPrincipal.class).orElseThrow();
        setPrimarySection(Section.DRAWER);

        Span brand = new Span("Kehu 客户");
        brand.addClassName("brand");
        Span company = new Span(user.tenantName());
        company.addClassName("tenant-name");
        Div drawerHeader = new Div(brand, company);
        drawerHeader.addClassName("drawer-header");
        addToDrawer(drawerHeader, navigation());

        Span who = new Span(user.displayName());
        who.addClassName("current-user");
        Button signOut = new Button(getTranslation("nav.sign-out"), new Icon(VaadinIcon.SIGN_OUT),
                click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.TERTIARY);
        HorizontalLayout header = new HorizontalLayout(who, new LanguageSwitcher(), signOut);
        header.setAlignItems(HorizontalLayout.Alignment.CENTER);
        header.addClassName("app-header");
        addToNavbar(new DrawerToggle(), header);
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }
}
