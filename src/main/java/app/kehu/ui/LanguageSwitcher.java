package app.kehu.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Locale;

/** 中文 / English. The choice is kept in a cookie, so the sign-in page already speaks it next time. */
public class LanguageSwitcher extends Select<Locale> {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, Locale.ENGLISH);
    static final String COOKIE = "kehu-locale";

    public LanguageSwitcher() {
        setItems(SUPPORTED);
        setItemLabelGenerator(locale -> locale.getLanguage().equals("zh") ? "中文" : "English");
        setValue(supported(UI.getCurrent() == null ? Locale.ENGLISH : UI.getCurrent().getLocale()));
        setAriaLabel("Language / 语言");
        addClassName("language-switcher");
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                switchTo(event.getValue());
            }
        });
    }

    static Locale supported(Locale locale) {
        return locale != null && locale.getLanguage().equals("zh") ? CHINESE : Locale.ENGLISH;
    }

    private static void switchTo(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        Cookie cookie = new Cookie(COOKIE, locale.toLanguageTag());
        cookie.setPath("/");
        cookie.setMaxAge(60 * 60 * 24 * 365);
        cookie.setHttpOnly(true);
        if (VaadinService.getCurrentResponse() != null) {
            VaadinService.getCurrentResponse().addCookie(cookie);
        }
        UI.getCurrent().getPage().reload();
    }
}
