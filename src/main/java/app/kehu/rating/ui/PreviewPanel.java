package app.kehu.rating.ui;

import app.kehu.rating.GradeBand;
import app.kehu.rating.GradePreview;
import app.kehu.rating.GradePreview.GradeChange;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the draft would do on the live data: customers per grade now and under the draft as bars side by side,
 * then the customers whose grade would change.
 */
final class PreviewPanel extends Composite<VerticalLayout> {

    private final Div distribution = new Div();
    private final Paragraph summary = new Paragraph();
    private final Grid<GradeChange> changes = new Grid<>();
    private final Paragraph more = new Paragraph();
    private Map<String, GradeBand> bands = Map.of();

    PreviewPanel() {
        getContent().setPadding(false);
        getContent().addClassName("rating-preview");
        distribution.addClassName("rating-distribution");
        summary.setId("preview-summary");
        changes.addColumn(GradeChange::customerName).setHeader(getTranslation("rating.preview.customer"))
                .setKey("customer").setFlexGrow(2);
        changes.addComponentColumn(this::fromTo).setHeader(getTranslation("rating.preview.change")).setKey("change");
        changes.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        changes.setAllRowsVisible(true);
        more.addClassName("rating-hint");
        getContent().add(new H3(getTranslation("rating.preview")), distribution, summary, changes, more);
        setVisible(false);
    }

    void show(GradePreview preview, List<GradeBand> bandList) {
        bands = bandList.stream().collect(Collectors.toMap(GradeBand::grade, Function.identity(), (a, b) -> a));
        distribution.removeAll();
        long customers = preview.current().values().stream().mapToLong(Long::longValue).sum();
        setVisible(true);
        if (customers == 0) {
            summary.setText(getTranslation("rating.preview.no-customers"));
            changes.setVisible(false);
            more.setVisible(false);
            return;
        }
        long largest = Math.max(1, Math.max(max(preview.current()), max(preview.draft())));
        distribution.add(headerRow());
        Set<String> grades = new LinkedHashSet<>(preview.current().keySet());
        grades.addAll(preview.draft().keySet());
        for (String grade : grades) {
            long now = preview.current().getOrDefault(grade, 0L);
            long draft = preview.draft().getOrDefault(grade, 0L);
            if (!grade.isEmpty() || now + draft > 0) {
                distribution.add(gradeRow(grade, now, draft, largest));
            }
        }
        summary.setText(preview.changedTotal() == 0 ? getTranslation("rating.preview.no-changes")
                : getTranslation("rating.preview.changed", preview.changedTotal()));
        changes.setItems(preview.changes());
        changes.setVisible(!preview.changes().isEmpty());
        long hidden = preview.changedTotal() - preview.changes().size();
        more.setText(getTranslation("rating.preview.more", hidden));
        more.setVisible(hidden > 0);
    }

    private Component headerRow() {
        Div row = new Div(new Span(), new Span(getTranslation("rating.preview.current")),
                new Span(getTranslation("rating.preview.draft")));
        row.addClassNames("rating-distribution-row", "rating-distribution-header");
        return row;
    }

    private Component gradeRow(String grade, long now, long draft, long largest) {
        GradeBand band = bands.get(grade);
        Span name = new Span(GradeChip.of(grade, band == null ? null : band.colour()),
                new Span(band == null ? getTranslation("rating.ungraded") : GradeChip.label(band, getLocale())));
        name.addClassName("rating-distribution-grade");
        Div row = new Div(name, bar(now, largest, band, "current"), bar(draft, largest, band, "draft"));
        row.addClassName("rating-distribution-row");
        row.setId("distribution-" + (grade.isEmpty() ? "none" : grade));
        return row;
    }

    private static Component bar(long count, long largest, GradeBand band, String kind) {
        Div fill = new Div();
        fill.addClassName("rating-bar-fill");
        fill.getStyle().setWidth(100.0 * count / largest + "%");
        if (band != null && band.colour() != null) {
            fill.getStyle().setBackgroundColor(band.colour());
        }
        Div track = new Div(fill);
        track.addClassName("rating-bar-track");
        Span number = new Span(Long.toString(count));
        number.addClassName("rating-bar-count");
        HorizontalLayout bar = new HorizontalLayout(track, number);
        bar.addClassNames("rating-bar", "rating-bar-" + kind);
        bar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        return bar;
    }

    private Component fromTo(GradeChange change) {
        GradeBand from = bands.get(change.from());
        GradeBand to = bands.get(change.to());
        Span arrow = new Span("→");
        arrow.addClassName("rating-arrow");
        return new Span(GradeChip.of(change.from(), from == null ? null : from.colour()), arrow,
                GradeChip.of(change.to(), to == null ? null : to.colour()));
    }

    private static long max(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    Grid<GradeChange> changes() {
        return changes;
    }

    Paragraph summary() {
        return summary;
    }

    Paragraph more() {
        return more;
    }

    Div distribution() {
        return distribution;
    }
}
