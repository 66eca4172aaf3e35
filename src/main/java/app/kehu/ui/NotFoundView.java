package app.kehu.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for pages that do not exist and for pages the user's role may not open: Vaadin reports both as
 * "not found", so the page never tells which pages exist behind a role.
 */
@AnonymousAllowed
public class NotFoundView extends Main implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        addClassName("auth-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        add(new H2(getTranslation("error.not-found.title")), new Paragraph(getTranslation("error.not-found.text")),
                new Anchor("", getTranslation("error.not-found.home")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
