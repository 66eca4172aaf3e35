package app.kehu.rating.ui;

import app.kehu.rating.GradeBand;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;

/** The score bands from the best grade down: labels in both languages, badge colour, lowest score. */
final class BandsEditor extends Composite<VerticalLayout> {

    private final List<BandRow> rows = new ArrayList<>();

    BandsEditor(List<GradeBand> bands, Runnable onChange) {
        getContent().setPadding(false);
        getContent().setSpacing(false);
        getContent().addClassName("rating-bands");
        for (int i = 0; i < bands.size(); i++) {
            BandRow row = new BandRow(bands.get(i), i, i == bands.size() - 1, onChange);
            rows.add(row);
            getContent().add(row);
        }
    }

    List<GradeBand> value() {
        return rows.stream().map(BandRow::value).toList();
    }

    void showProblems(Problems problems) {
        rows.forEach(row -> row.showProblems(problems));
    }

    void setReadOnly(boolean readOnly) {
        rows.forEach(row -> row.setReadOnly(readOnly));
    }

    List<BandRow> rows() {
        return rows;
    }

    /** One band; the last one has no minimum, it takes every other score. */
    static final class BandRow extends Composite<Div> {

        private final String grade;
        private final String path;
        private final Span chip;
        private final TextField labelZh = new TextField();
        private final TextField labelEn = new TextField();
        private final TextField colour = new TextField();
        private final Span swatch = new Span();
        private final BigDecimalField minScore = new BigDecimalField();
        private final boolean last;
        private final ProblemLine problems = new ProblemLine();

        BandRow(GradeBand band, int index, boolean last, Runnable onChange) {
            this.grade = band.grade();
            this.path = "bands." + index;
            this.last = last;
            chip = GradeChip.of(band.grade(), band.colour());
            labelZh.setLabel(getTranslation("rating.band.label-zh"));
            labelZh.setValue(band.labelZh() == null ? "" : band.labelZh());
            labelEn.setLabel(getTranslation("rating.band.label-en"));
            labelEn.setValue(band.labelEn() == null ? "" : band.labelEn());
            colour.setLabel(getTranslation("rating.band.colour"));
            colour.setWidth("8em");
            colour.setPattern("#[0-9a-fA-F]{6}");
            colour.setValue(band.colour() == null ? "" : band.colour());
            swatch.addClassName("rating-swatch");
            colour.setPrefixComponent(swatch);
            paint();
            colour.addValueChangeListener(change -> paint());
            minScore.setLabel(getTranslation("rating.band.min-score"));
            minScore.setWidth("9em");
            minScore.setValue(band.minScore());
            List.of(labelZh, labelEn, colour).forEach(field -> field.addValueChangeListener(change -> onChange.run()));
            minScore.addValueChangeListener(change -> onChange.run());

            HorizontalLayout row = new HorizontalLayout(chip, labelZh, labelEn, colour);
            if (last) {
                Span rest = new Span(getTranslation("rating.band.rest"));
                rest.addClassName("rating-band-rest");
                row.add(rest);
            } else {
                row.add(minScore);
            }
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.setWrap(true);
            getContent().addClassName("rating-band");
            getContent().add(row, problems);
        }

        private void paint() {
            String value = colour.getValue();
            boolean valid = value.matches("#[0-9a-fA-F]{6}");
            swatch.getStyle().setBackgroundColor(valid ? value : "transparent");
            chip.getStyle().setBackgroundColor(valid ? value : "#9e9e9e");
        }

        GradeBand value() {
            return new GradeBand(grade, last ? null : minScore.getValue(), labelZh.getValue().trim(),
                    labelEn.getValue().trim(), colour.getValue().trim());
        }

        void showProblems(Problems found) {
            problems.show(found.at(path), getContent());
        }

        void setReadOnly(boolean readOnly) {
            List.of(labelZh, labelEn, colour).forEach(field -> field.setReadOnly(readOnly));
            minScore.setReadOnly(readOnly);
        }

        TextField labelZh() {
            return labelZh;
        }

        TextField labelEn() {
            return labelEn;
        }

        TextField colour() {
            return colour;
        }

        BigDecimalField minScore() {
            return minScore;
        }

        Span chip() {
            return chip;
        }

        ProblemLine problemLine() {
            return problems;
        }
    }
}
