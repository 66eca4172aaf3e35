package app.kehu.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.kehu.customer.ui.CustomersView;
import app.kehu.security.LockoutPolicy;
import app.kehu.support.KaribuTest;
import app.kehu.ui.LanguageSwitcher;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import tools.jackson.databind.JsonNode;

/** The sign-in page: where anonymous visitors land, what a failed or locked sign-in shows, and its language. */
class LoginViewTest extends KaribuTest {

    @Autowired
    LockoutPolicy lockout;

    @Test
    void anonymousVisitorsOfTheCustomerTableGetTheSignInFormPostingToSpringSecurity() {
        UI.getCurrent().navigate(CustomersView.class);

        assertView(LoginView.class);
        LoginForm form = _get(LoginForm.class);
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(form.isError()).isFalse();
        assertThat(i18n(form, "/form/title")).isEqualTo(t("login.title"));
    }

    @Test
    void aFailedSignInShowsTheFailureMessage() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new BadCredentialsException("Bad credentials"));

        LoginForm form = openAfterFailedSignIn();

        assertThat(form.isError()).isTrue();
        assertThat(i18n(form, "/errorMessage/title")).isEqualTo(t("login.failed.title"));
        assertThat(i18n(form, "/errorMessage/message")).isEqualTo(t("login.failed.message"));
    }

    @Test
    void aLockedOutEmailShowsHowLongSignInIsPaused() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new LockedException("Too many failed sign-in attempts"));

        LoginForm form = openAfterFailedSignIn();

        assertThat(form.isError()).isTrue();
        assertThat(i18n(form, "/errorMessage/title")).isEqualTo(t("login.locked.title"));
        assertThat(i18n(form, "/errorMessage/message"))
                .isEqualTo(t("login.locked.message", lockout.lockout().duration().toMinutes()))
                .contains(String.valueOf(lockout.lockout().duration().toMinutes()));
    }

    @Test
    void signedInUsersAreForwardedToTheCustomerTable() {
        login(tenants.signUp().admin());

        UI.getCurrent().navigate(LoginView.class);

        assertView(CustomersView.class);
    }

    @Test
    void theSignInPageSpeaksTheLanguageChosenEarlier() {
        request().addCookie(new Cookie("kehu-locale", "zh-CN"));

        UI.getCurrent().getPage().reload();

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertChinese();
    }

    @Test
    void choosingChineseShowsThePageInChineseAndRemembersTheChoice() {
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(_get(Anchor.class, spec -> spec.withId("signup-link")).getText()).isEqualTo(t("login.signup-link"));

        _setValue(_get(LanguageSwitcher.class), LanguageSwitcher.CHINESE);

        assertView(LoginView.class);
        assertChinese();
        assertThat(response().findCookie("kehu-locale")).isNotNull()
                .extracting(Cookie::getValue).isEqualTo("zh-CN");
    }

    private static LoginForm openAfterFailedSignIn() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertView(LoginView.class);
        return _get(LoginForm.class);
    }

    private static void assertChinese() {
        LoginForm form = _get(LoginForm.class);
        assertThat(i18n(form, "/form/title")).isEqualTo("登录");
        assertThat(i18n(form, "/form/username")).isEqualTo("邮箱");
        assertThat(_get(Anchor.class, spec -> spec.withId("signup-link")).getText()).isEqualTo("还没有账号？注册您的企业");
    }

    /** A text of the login form's i18n object, which is what the browser shows. */
    private static String i18n(LoginForm form, String pointer) {
        return ((JsonNode) form.getElement().getPropertyRaw("i18n")).at(pointer).asString();
    }
}
