package app.kehu.rating.ui;

import app.kehu.fields.LocalizedText;
import app.kehu.rating.GradeBand;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/** A grade letter on its band's colour, the way grades look everywhere in the rating screens. */
final class GradeChip {

    private static final String NEUTRAL = "#9e9e9e";

    private GradeChip() {
    }

    /** What the band's grade is called in the user's language. */
    static String label(GradeBand band, Locale locale) {
        return LocalizedText.of(band.labelZh(), band.labelEn()).in(locale);
    }

    /** A chip for the grade, or a grey dash for no grade. */
    static Span of(String grade, String colour) {
        Span chip = new Span(grade == null || grade.isEmpty() ? "–" : grade);
        chip.addClassName("rating-grade-chip");
        chip.getStyle().setBackgroundColor(colour == null || !colour.matches("#[0-9a-fA-F]{6}") ? NEUTRAL : colour);
        return chip;
    }
}
