package app.kehu.activity.ui;

import app.kehu.activity.Aggregates;
import app.kehu.ui.DisplayTimes;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/** The customer's behaviour in figures, each a labelled tile; "–" where there is nothing to count yet. */
class FiguresCard extends Div {

    private static final String NONE = "–";

    private final Locale locale;

    FiguresCard(Locale locale) {
        this.locale = locale;
        addClassName("figures-card");
        setId("behaviour-figures");
    }

    void show(Aggregates figures) {
        removeAll();
        NumberFormat decimal = NumberFormat.getNumberInstance(locale);
        decimal.setMaximumFractionDigits(1);
        tile(figures, "annualContribution", "annual", () -> amount(figures.annualContribution(), locale));
        tile(figures, "purchaseCount12m", "purchases", () -> getTranslation("activity.figure.purchases.value",
                figures.purchaseCount12m(), decimal.format(figures.purchasesPerMonth())));
        tile(figures, "lastPurchaseOn", "last-purchase", () -> date(figures.lastPurchaseOn()));
        tile(figures, "lastContactAt", "days-since-contact", () -> figures.daysSinceLastContact() == null ? NONE
                : getTranslation("activity.figure.days", figures.daysSinceLastContact()));
        tile(figures, "avgSatisfaction", "satisfaction", () -> figures.avgSatisfaction() == null ? NONE
                : decimal.format(figures.avgSatisfaction()) + " / 5");
        tile(figures, "campaignResponseRate", "response-rate", () -> figures.campaignResponseRate() == null ? NONE
                : decimal.format(figures.campaignResponseRate()) + " %");
        tile(figures, "openServiceRequests", "open-requests", () -> String.valueOf(figures.openServiceRequests()));
        tile(figures, "lifecycleStage", "stage", () -> getTranslation(figures.lifecycleStage().labelKey()))
                .ifPresent(stage -> stage.addClassNames("stage-badge", "stage-" + figures.lifecycleStage().value()));
    }

    /** A tile for the figure of the field, unless the reader may not see that field. */
    private Optional<Span> tile(Aggregates figures, String fieldKey, String key, Supplier<String> text) {
        return figures.shows(fieldKey) ? Optional.of(tile(key, text.get())) : Optional.empty();
    }

    private Span tile(String key, String text) {
        Span label = new Span(getTranslation("activity.figure." + key));
        label.addClassName("figure-label");
        Span value = new Span(text);
        value.addClassName("figure-value");
        Div tile = new Div(label, value);
        tile.addClassName("figure");
        tile.setId("figure-" + key);
        add(tile);
        return value;
    }

    private String date(LocalDate day) {
        return day == null ? NONE : DisplayTimes.day(locale).format(day);
    }

    /** A sum of money with two decimals and grouping as the language writes it. */
    static String amount(BigDecimal value, Locale locale) {
        NumberFormat money = NumberFormat.getNumberInstance(locale);
        money.setMinimumFractionDigits(2);
        money.setMaximumFractionDigits(2);
        return money.format(value);
    }
}
