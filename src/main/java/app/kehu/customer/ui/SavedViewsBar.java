package app.kehu.customer.ui;

import app.kehu.common.NotFoundException;
import app.kehu.customer.SavedView;
import app.kehu.customer.SavedViewService;
import app.kehu.customer.ViewSettings;
import app.kehu.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Chooses, saves, renames and deletes named views of the grid. Choosing a view applies its settings and makes
 * it the one the grid reopens with; clearing the choice goes back to the plain grid next time.
 */
class SavedViewsBar extends HorizontalLayout {

    final ComboBox<SavedView> selector = new ComboBox<>();
    private final Button rename;
    private final Button delete;
    private final SavedViewService views;
    private final Supplier<ViewSettings> current;
    private final Consumer<ViewSettings> apply;
    /** Set while the selector is changed by code, which must not reopen or re-apply a view. */
    private boolean quiet;

    SavedViewsBar(SavedViewService views, Supplier<ViewSettings> current, Consumer<ViewSettings> apply) {
        this.views = views;
        this.current = current;
        this.apply = apply;
        setSpacing(false);
        setAlignItems(Alignment.BASELINE);
        selector.setId("view-selector");
        selector.setPlaceholder(getTranslation("views.choose"));
        selector.setAriaLabel(getTranslation("views.choose"));
        selector.setClearButtonVisible(true);
        selector.setItemLabelGenerator(v -> v.shared() ? getTranslation("views.shared-name", v.name()) : v.name());
        selector.addValueChangeListener(event -> {
            if (!quiet) {
                choose(event.getValue());
            }
        });
        Button save = button("save-view", VaadinIcon.BOOKMARK, "views.save", this::openSave);
        rename = button("rename-view", VaadinIcon.PENCIL, "views.rename", this::openRename);
        delete = button("delete-view", VaadinIcon.TRASH, "views.delete", this::confirmDelete);
        add(selector, save, rename, delete);
        reload(null);
    }

    /** Reopens the view the user had last, if any; says whether there was one. */
    boolean restoreLastUsed() {
        return views.lastUsed().map(view -> {
            reload(view);
            apply.accept(view.settings());
            return true;
        }).orElse(false);
    }

    private Button button(String id, VaadinIcon icon, String labelKey, Runnable action) {
        Button button = Actions.icon(icon, getTranslation(labelKey), action);
        button.setId(id);
        return button;
    }

    private void choose(SavedView chosen) {
        if (chosen == null) {
            views.forgetLastUsed();
        } else {
            try {
                SavedView opened = views.open(chosen.id());
                apply.accept(opened.settings());
            } catch (NotFoundException e) {
                Notifications.error(getTranslation("views.gone"));
                reload(null);
            }
        }
        showActions();
    }

    private void openSave() {
        new ViewNameDialog(getTranslation("views.save"), "", views.canShare(), (name, shared) -> {
            SavedView saved = views.save(name, shared, current.get());
            reload(saved);
            Notifications.success(getTranslation("views.saved", saved.name()));
        }).open();
    }

    private void openRename() {
        SavedView view = selector.getValue();
        new ViewNameDialog(getTranslation("views.rename"), view.name(), false,
                (name, shared) -> reload(views.rename(view.id(), name))).open();
    }

    private void confirmDelete() {
        SavedView view = selector.getValue();
        Actions.confirmDestructive(this, getTranslation("views.delete"), getTranslation("views.delete.text", view.name()),
                getTranslation("views.delete"), () -> {
                    try {
                        views.delete(view.id());
                    } catch (NotFoundException e) {
                        // Someone else deleted it first: the result is the same.
                    }
                    reload(null);
                });
    }

    /** Lists the views again and selects the given one, without applying it: the grid already shows it. */
    private void reload(SavedView selected) {
        quiet = true;
        try {
            selector.setItems(views.list());
            selector.setValue(selected);
        } finally {
            quiet = false;
        }
        showActions();
    }

    private void showActions() {
        SavedView view = selector.getValue();
        rename.setEnabled(view != null && view.mine());
        delete.setEnabled(view != null && view.deletable());
    }
}
