package app.kehu.rating.ui;

import app.kehu.rating.RuleSetVersion;
import app.kehu.ui.DisplayTimes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;

/**
 * Every published version (the starter rules are version 1), newest first, each readable and, unless it is the
 * current one, restorable.
 */
final class VersionsPanel extends Composite<VerticalLayout> {

    private final Grid<RuleSetVersion> grid = new Grid<>();

    VersionsPanel(Consumer<RuleSetVersion> onView, Consumer<RuleSetVersion> onRestore) {
        getContent().setPadding(false);
        grid.addColumn(v -> "v" + v.number()).setHeader(getTranslation("rating.versions.number")).setKey("number")
                .setAutoWidth(true).setFlexGrow(0);
        DateTimeFormatter at = DisplayTimes.preciseMoment(getLocale());
        grid.addColumn(v -> at.format(v.publishedAt())).setHeader(getTranslation("rating.versions.at"))
                .setKey("at").setAutoWidth(true);
        // The starter version is published by the system when the company is created, by no one who signed in.
        grid.addColumn(v -> v.publishedBy() == null ? getTranslation("rating.history.system") : v.publishedBy())
                .setHeader(getTranslation("rating.versions.by")).setKey("by").setAutoWidth(true);
        grid.addColumn(v -> v.note() == null ? "" : v.note()).setHeader(getTranslation("rating.versions.note"))
                .setKey("note").setFlexGrow(2);
        grid.addComponentColumn(this::currentBadge).setHeader(getTranslation("rating.versions.status"))
                .setKey("status").setAutoWidth(true);
        grid.addComponentColumn(v -> actions(v, onView, onRestore)).setHeader(getTranslation("rating.versions.actions"))
                .setKey("actions").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        getContent().add(new H3(getTranslation("rating.versions")), grid);
    }

    void show(List<RuleSetVersion> versions) {
        grid.setItems(versions);
    }

    private Component currentBadge(RuleSetVersion version) {
        Span badge = new Span(version.current() ? getTranslation("rating.versions.current") : "");
        badge.addClassName(version.current() ? "rating-current-badge" : "rating-no-badge");
        return badge;
    }

    private Component actions(RuleSetVersion version, Consumer<RuleSetVersion> onView,
            Consumer<RuleSetVersion> onRestore) {
        Button view = new Button(getTranslation("rating.versions.view"), click -> onView.accept(version));
        view.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        HorizontalLayout actions = new HorizontalLayout(view);
        if (!version.current()) {
            Button restore = new Button(getTranslation("rating.versions.restore"), click -> onRestore.accept(version));
            restore.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            actions.add(restore);
        }
        return actions;
    }

    Grid<RuleSetVersion> grid() {
        return grid;
    }
}
