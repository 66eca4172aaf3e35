package app.kehu.fields;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;

/**
 * One choice of a single or multi select: the value customer rows store (stable, never shown), its label in
 * both languages and an optional colour ({@code #rrggbb}) for chips in the grid.
 */
@Embeddable
public record SelectOption(
        @Column(name = "option_value", nullable = false) String value,
        @Column(name = "label_zh", nullable = false) String labelZh,
        @Column(name = "label_en", nullable = false) String labelEn,
        @Column(name = "colour") String colour) {

    public String label(Locale locale) {
        return new LocalizedText(labelZh, labelEn).in(locale);
    }

    /** How the option reads in the audit log. */
    String describe() {
        return value + " (" + labelZh + " / " + labelEn + (colour == null ? "" : ", " + colour) + ")";
    }
}
