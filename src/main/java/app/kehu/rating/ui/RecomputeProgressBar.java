package app.kehu.rating.ui;

import app.kehu.rating.RatingService;
import app.kehu.rating.RecomputeProgress;
import app.kehu.ui.Notifications;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;

/**
 * The background recompute after a publish or restore, followed by polling the service once a second while it
 * runs; polling stops when it is done, so an idle editor costs the server nothing.
 */
final class RecomputeProgressBar extends Composite<VerticalLayout> {

    private static final int POLL_MILLIS = 1000;

    private final RatingService rating;
    private final Runnable onDone;
    private final ProgressBar bar = new ProgressBar();
    private final Span text = new Span();
    private Registration polling;

    RecomputeProgressBar(RatingService rating, Runnable onDone) {
        this.rating = rating;
        this.onDone = onDone;
        getContent().setPadding(false);
        getContent().setSpacing(false);
        getContent().addClassName("rating-progress");
        text.setId("recompute-text");
        getContent().add(text, bar);
        setVisible(false);
    }

    /** Shows the recompute the service runs now, if any, and follows it until it ends. */
    void follow() {
        track(false);
    }

    /** Follows the recompute just started, and says when it is done, even if it is done already. */
    void started() {
        track(true);
    }

    private void track(boolean announce) {
        RecomputeProgress progress = rating.progress();
        if (!progress.running()) {
            stop();
            if (announce) {
                done(progress);
            }
            return;
        }
        show(progress);
        if (polling == null) {
            getUI().ifPresent(this::startPolling);
        }
    }

    private void startPolling(UI ui) {
        ui.setPollInterval(POLL_MILLIS);
        polling = ui.addPollListener(poll -> refresh());
    }

    private void refresh() {
        RecomputeProgress progress = rating.progress();
        if (progress.running()) {
            show(progress);
            return;
        }
        stop();
        done(progress);
    }

    private void done(RecomputeProgress progress) {
        Notifications.success(getTranslation("rating.recompute.done", progress.total(), progress.version()));
        onDone.run();
    }

    private void show(RecomputeProgress progress) {
        setVisible(true);
        bar.setIndeterminate(progress.total() == 0);
        bar.setValue(progress.total() == 0 ? 0 : (double) progress.done() / progress.total());
        text.setText(getTranslation("rating.recompute.running", progress.version(), progress.done(),
                progress.total()));
    }

    private void stop() {
        setVisible(false);
        if (polling != null) {
            polling.remove();
            polling = null;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        follow();
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        stop();
    }

    ProgressBar bar() {
        return bar;
    }

    Span text() {
        return text;
    }
}
