package app.kehu.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Every new page speaks the language chosen earlier, or else the browser's (Accept-Language): Chinese or
 * English. Vaadin's own choice is not used, because it falls back to the first translation file found.
 */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // Set on the session, before its first page is rendered, so that <html lang> agrees with the texts.
        event.getSource().addSessionInitListener(init -> init.getSession()
                .setLocale(preferredLocale(init.getRequest(), init.getRequest().getLocale())));
        // A page opened later in the same session still follows a choice remembered in the cookie.
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(
                preferredLocale(VaadinRequest.getCurrent(), init.getUI().getSession().getLocale())));
        // Vaadin fills <html lang> from the first provided locale; screen readers and fonts need the real one.
        event.addIndexHtmlRequestListener(page -> page.getDocument().getElementsByTag("html").attr("lang",
                preferredLocale(page.getVaadinRequest(), page.getVaadinRequest().getLocale()).toLanguageTag()));
    }

    static Locale preferredLocale(VaadinRequest request, Locale browserLocale) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies != null) {
            return Arrays.stream(cookies).filter(c -> LanguageSwitcher.COOKIE.equals(c.getName())).findFirst()
                    .map(c -> LanguageSwitcher.supported(Locale.forLanguageTag(c.getValue())))
                    .orElse(LanguageSwitcher.supported(browserLocale));
        }
        return LanguageSwitcher.supported(browserLocale);
    }
}
