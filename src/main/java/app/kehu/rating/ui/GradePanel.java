package app.kehu.rating.ui;

import app.kehu.customer.Customer;
import app.kehu.rating.GradeBand;
import app.kehu.rating.GradeExplanation.NodeOutcome;
import app.kehu.rating.GradeExplanation.Withheld;
import app.kehu.rating.GradeExplanation;
import app.kehu.rating.GradeHistoryEntry;
import app.kehu.rating.RatingService;
import app.kehu.rating.RuleCondition;
import app.kehu.ui.DisplayTimes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;

/**
 * A customer's grade in its band's colour with score and rule version, each scoring node with whether it matched
 * and its points, what decided the grade, and every change of the grade so far.
 */
final class GradePanel extends Composite<VerticalLayout> {

    private final RatingService rating;
    private final Customer customer;
    private NodeDescriptions descriptions;
    private final Div summary = new Div();
    private final Div reasons = new Div();
    private final Paragraph decision = new Paragraph();
    private final Grid<GradeHistoryEntry> history = new Grid<>();
    private final Paragraph noHistory = new Paragraph();
    private final Button override = new Button();
    private GradeExplanation explanation;

    GradePanel(RatingService rating, Customer customer, boolean canOverride) {
        this.rating = rating;
        this.customer = customer;
        getContent().setPadding(false);
        getContent().addClassName("rating-grade-section");
        getContent().setId("grade-section");

        summary.addClassName("rating-grade-summary");
        reasons.addClassName("rating-reasons");
        decision.setId("grade-decision");
        Details why = new Details(getTranslation("rating.explain.why"), new Div(reasons, decision));
        why.setOpened(true);
        why.setId("grade-why");

        DateTimeFormatter at = DisplayTimes.preciseMoment(getLocale());
        history.addColumn(entry -> at.format(entry.at())).setHeader(getTranslation("rating.history.at"))
                .setKey("at").setAutoWidth(true);
        history.addComponentColumn(this::fromTo).setHeader(getTranslation("rating.history.change")).setKey("change")
                .setAutoWidth(true);
        history.addColumn(entry -> entry.version() == null ? "" : "v" + entry.version())
                .setHeader(getTranslation("rating.history.version")).setKey("version").setAutoWidth(true);
        history.addColumn(entry -> cause(entry.cause())).setHeader(getTranslation("rating.history.cause"))
                .setKey("cause").setAutoWidth(true);
        history.addColumn(entry -> entry.actorEmail() == null ? getTranslation("rating.history.system")
                : entry.actorEmail()).setHeader(getTranslation("rating.history.by")).setKey("by").setFlexGrow(1);
        history.addThemeVariants(GridVariant.LUMO_COMPACT);
        history.setAllRowsVisible(true);
        noHistory.setText(getTranslation("rating.history.empty"));
        noHistory.addClassName("empty-state");

        override.setText(getTranslation("rating.override"));
        override.setIcon(VaadinIcon.EDIT.create());
        override.setId("override-grade");
        override.addThemeVariants(ButtonVariant.TERTIARY);
        override.setVisible(canOverride);
        override.addClickListener(click -> new OverrideGradeDialog(rating, customer.id(),
                explanation == null ? null : explanation.manualGrade(), this::refresh).open());

        HorizontalLayout heading = new HorizontalLayout(new H3(getTranslation("rating.grade")), override);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        getContent().add(heading, summary, why, new H4(getTranslation("rating.history")), noHistory, history);
        refresh();
    }

    private void refresh() {
        explanation = rating.explain(customer.id());
        descriptions = new NodeDescriptions(this, Operands.of(explanation.operands()), getLocale());
        showSummary();
        showReasons();
        List<GradeHistoryEntry> entries = rating.history(customer.id());
        history.setItems(entries);
        history.setVisible(!entries.isEmpty());
        noHistory.setVisible(entries.isEmpty());
    }

    private void showSummary() {
        summary.removeAll();
        if (explanation.grade() == null) {
            Span none = new Span(getTranslation("rating.grade.none"));
            none.addClassName("empty-state");
            summary.add(none);
            return;
        }
        GradeBand band = explanation.band();
        Span chip = GradeChip.of(explanation.grade(), band == null ? null : band.colour());
        chip.addClassName("rating-grade-chip-large");
        Span label = new Span(band == null ? "" : GradeChip.label(band, getLocale()));
        label.addClassName("rating-grade-label");
        Span facts = new Span(getTranslation("rating.grade.facts", plain(explanation.score()), explanation.version()));
        facts.addClassName("rating-grade-facts");
        summary.add(chip, label, facts);
    }

    private void showReasons() {
        reasons.removeAll();
        if (explanation.nodes().isEmpty()) {
            reasons.add(new Paragraph(getTranslation("rating.explain.no-rules")));
        }
        for (NodeOutcome outcome : explanation.nodes()) {
            reasons.add(reason(outcome));
        }
        decision.setText(decisionText());
    }

    private Component reason(NodeOutcome outcome) {
        Span mark = new Span(outcome.matched() ? "✓" : "✗");
        mark.addClassName(outcome.matched() ? "rating-matched" : "rating-not-matched");
        mark.getElement().setAttribute("aria-label", getTranslation(outcome.matched()
                ? "rating.explain.matched" : "rating.explain.not-matched"));
        Span what = new Span(descriptions.describe(outcome.node()));
        what.addClassName("rating-reason-text");
        Span actual = new Span(outcome.node() instanceof RuleCondition
                ? getTranslation("rating.explain.actual", actual(outcome.actual())) : "");
        actual.addClassName("rating-reason-actual");
        Span points = new Span(outcome.matched() && outcome.points().signum() != 0 ? signed(outcome.points()) : "");
        points.addClassName("rating-reason-points");
        Div row = new Div(mark, what, actual, points);
        row.addClassName("rating-reason");
        row.getStyle().set("--depth", Integer.toString(outcome.depth()));
        return row;
    }

    private String decisionText() {
        String total = getTranslation("rating.explain.total", plain(explanation.score()));
        if (explanation.manualGrade() != null) {
            return total + " " + getTranslation("rating.explain.manual", explanation.manualGrade());
        }
        if (explanation.override() != null) {
            return total + " " + getTranslation("rating.explain.override",
                    descriptions.describe(explanation.override().when()), explanation.override().grade());
        }
        GradeBand band = explanation.band();
        if (band == null) {
            return total;
        }
        String label = GradeChip.label(band, getLocale());
        return total + " " + (band.minScore() == null
                ? getTranslation("rating.explain.band-rest", band.grade(), label)
                : getTranslation("rating.explain.band", band.grade(), label, plain(band.minScore())));
    }

    private Component fromTo(GradeHistoryEntry entry) {
        Span arrow = new Span("→");
        arrow.addClassName("rating-arrow");
        return new Span(GradeChip.of(entry.from(), null), arrow, GradeChip.of(entry.to(), null));
    }

    private String cause(String cause) {
        return cause == null ? "" : getTranslation("rating.cause." + cause);
    }

    private String actual(Object value) {
        if (value == null) {
            return getTranslation("rating.explain.empty");
        }
        if (value == Withheld.HIDDEN) {
            return getTranslation("rating.explain.hidden");
        }
        if (value instanceof BigDecimal number) {
            return plain(number);
        }
        if (value instanceof Collection<?> list) {
            return list.isEmpty() ? getTranslation("rating.explain.empty") : String.join(", ",
                    list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }

    private static String signed(BigDecimal points) {
        return (points.signum() > 0 ? "+" : "") + plain(points);
    }

    private static String plain(BigDecimal number) {
        return number == null ? "–" : number.stripTrailingZeros().toPlainString();
    }

    Grid<GradeHistoryEntry> history() {
        return history;
    }

    Div reasons() {
        return reasons;
    }

    Paragraph decision() {
        return decision;
    }

    Div summary() {
        return summary;
    }

    Button overrideButton() {
        return override;
    }
}
