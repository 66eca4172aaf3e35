package app.kehu.rating.ui;

import app.kehu.common.FieldError;
import app.kehu.common.ValidationException;
import app.kehu.rating.GradePreview;
import app.kehu.rating.RatingService;
import app.kehu.rating.RuleSet;
import app.kehu.rating.RuleSetVersion;
import app.kehu.ui.DisplayTimes;
import app.kehu.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The admin's rating rules: a draft drawn as forms (scoring tree, bands, overrides), previewed on the live data,
 * published as a new version with the recompute's progress, and earlier versions read and restored. Problems
 * the service finds are shown at the node they are about and summed up at the top.
 */
@Route("rating")
@Menu(order = 5, icon = "vaadin:star", title = "nav.rating")
@RolesAllowed("ADMIN")
public class RatingRulesView extends VerticalLayout implements HasDynamicTitle, BeforeLeaveObserver {

    private final RatingService rating;
    private final Operands operands;
    private final Div editorHolder = new Div();
    private final Span unsaved = new Span();
    private final Button discard = new Button();
    private final Div problemSummary = new Div();
    private final PreviewPanel preview = new PreviewPanel();
    private final VersionsPanel versions;
    private final RecomputeProgressBar progress;
    private RuleSetEditor editor;
    private boolean dirty;

    public RatingRulesView(RatingService rating) {
        this.rating = rating;
        this.operands = Operands.of(rating.operands());
        addClassNames("view", "rating-view");
        versions = new VersionsPanel(this::viewVersion, this::confirmRestore);
        progress = new RecomputeProgressBar(rating, this::showVersions);

        unsaved.setText(getTranslation("rating.unsaved"));
        unsaved.setId("unsaved-marker");
        unsaved.addClassName("rating-unsaved");
        discard.setText(getTranslation("rating.discard"));
        discard.setId("discard-draft");
        discard.addThemeVariants(ButtonVariant.TERTIARY);
        discard.addClickListener(click -> confirmDiscard());
        Button previewButton = new Button(getTranslation("rating.preview.run"), VaadinIcon.BAR_CHART.create());
        previewButton.setId("run-preview");
        // Disabled in the browser at once: the loading state while the preview is computed.
        previewButton.setDisableOnClick(true);
        previewButton.addClickListener(click -> {
            try {
                runPreview();
            } finally {
                previewButton.setEnabled(true);
            }
        });
        Button publish = new Button(getTranslation("rating.publish"), VaadinIcon.UPLOAD.create(),
                click -> startPublish());
        publish.setId("publish");
        publish.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(new H2(getTranslation("nav.rating")), unsaved, discard,
                previewButton, publish);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        toolbar.addClassName("rating-toolbar");

        problemSummary.setId("problem-summary");
        problemSummary.addClassName("rating-problem-summary");
        editorHolder.addClassName("rating-editor");
        FlexLayout workspace = new FlexLayout(editorHolder, preview);
        workspace.addClassName("rating-workspace");
        workspace.setWidthFull();
        add(toolbar, progress, problemSummary, workspace, versions);
        loadDraft();
        showVersions();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.rating") + " · Kehu";
    }

    private void loadDraft() {
        RuleSet rules = rating.editable();
        editor = new RuleSetEditor(operands, rules, this::markDirty);
        editorHolder.removeAll();
        editorHolder.add(editor);
        setDirty(false);
        showProblems(rating.check(rules));
    }

    private void markDirty() {
        setDirty(true);
    }

    private void setDirty(boolean changed) {
        dirty = changed;
        unsaved.setVisible(changed);
        discard.setVisible(changed);
    }

    private void showVersions() {
        versions.show(rating.versions());
    }

    private void showProblems(List<FieldError> errors) {
        Problems problems = new Problems(errors, this);
        editor.showProblems(problems);
        problemSummary.removeAll();
        problemSummary.setVisible(!problems.isEmpty());
        if (!problems.isEmpty()) {
            UnorderedList list = new UnorderedList();
            problems.all().forEach(message -> list.add(new ListItem(message)));
            problemSummary.add(new Span(getTranslation("rating.problems", errors.size())), list);
        }
    }

    /** The draft's problems, shown; true when there are none. */
    private boolean checkDraft(RuleSet rules) {
        List<FieldError> errors = rating.check(rules);
        showProblems(errors);
        if (!errors.isEmpty()) {
            Notifications.error(getTranslation("rating.problems", errors.size()));
        }
        return errors.isEmpty();
    }

    private void runPreview() {
        RuleSet rules = editor.value();
        if (checkDraft(rules)) {
            preview.show(rating.preview(rules), rules.bands());
        }
    }

    private void startPublish() {
        RuleSet rules = editor.value();
        if (!checkDraft(rules)) {
            return;
        }
        GradePreview effect = rating.preview(rules);
        preview.show(effect, rules.bands());
        new PublishDialog(rating, rules, effect.changedTotal(), this::published,
                refused -> {
                    showProblems(refused.errors());
                    Notifications.error(getTranslation("rating.problems", refused.errors().size()));
                }).open();
    }

    private void published() {
        // What the preview compared against is history now.
        preview.setVisible(false);
        loadDraft();
        showVersions();
        progress.started();
    }

    private void viewVersion(RuleSetVersion version) {
        RuleSetEditor shown = new RuleSetEditor(operands, version.rules(), () -> { });
        shown.setReadOnly(true);
        Dialog dialog = new Dialog(shown);
        dialog.setHeaderTitle(getTranslation("rating.versions.title", version.number(),
                DisplayTimes.preciseMoment(getLocale()).format(version.publishedAt())));
        dialog.setId("version-dialog");
        Button close = new Button(getTranslation("rating.close"), click -> dialog.close());
        if (!version.current()) {
            Button restore = new Button(getTranslation("rating.versions.restore"), click -> {
                dialog.close();
                confirmRestore(version);
            });
            restore.addThemeVariants(ButtonVariant.PRIMARY);
            dialog.getFooter().add(close, restore);
        } else {
            dialog.getFooter().add(close);
        }
        dialog.setWidth("min(90vw, 70em)");
        dialog.open();
    }

    private void confirmRestore(RuleSetVersion version) {
        Confirmation.ask(getTranslation("rating.restore.title", version.number()),
                getTranslation(dirty ? "rating.restore.text-unsaved" : "rating.restore.text", version.number()),
                getTranslation("rating.versions.restore"), false, () -> {
                    RuleSetVersion restored = rating.restore(version.number());
                    Notifications.success(getTranslation("rating.restore.done", version.number(),
                            restored.number()));
                    published();
                });
    }

    private void confirmDiscard() {
        Confirmation.ask(getTranslation("rating.discard.title"), getTranslation("rating.discard.text"),
                getTranslation("rating.discard"), true, this::loadDraft);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!dirty) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        Confirmation.ask(getTranslation("rating.leave.title"), getTranslation("rating.leave.text"),
                getTranslation("rating.leave.go"), getTranslation("rating.leave.stay"), true, () -> {
                    setDirty(false);
                    action.proceed();
                });
    }

    RuleSetEditor editor() {
        return editor;
    }

    PreviewPanel preview() {
        return preview;
    }

    VersionsPanel versions() {
        return versions;
    }

    RecomputeProgressBar progress() {
        return progress;
    }

    boolean isDirty() {
        return dirty;
    }
}
