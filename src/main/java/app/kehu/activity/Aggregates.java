package app.kehu.activity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A customer's behaviour in figures, as kept on the customer row (see {@link ActivityMetrics} for how each is
 * defined), plus the days since the last contact, which is derived on reading because it changes every day.
 * Figures whose fields the reader may not see are null and named in {@code hidden} (by field key).
 */
public record Aggregates(BigDecimal annualContribution, Long purchaseCount12m, LocalDate firstPurchaseOn,
        LocalDate lastPurchaseOn, Instant lastContactAt, Long daysSinceLastContact, BigDecimal avgSatisfaction,
        BigDecimal campaignResponseRate, Long openServiceRequests, LifecycleStage lifecycleStage,
        LocalDate nextFollowUp, Set<String> hidden) {

    static final Set<String> FIELDS = Set.of("annualContribution", "purchaseCount12m", "firstPurchaseOn",
            "lastPurchaseOn", "lastContactAt", "avgSatisfaction", "campaignResponseRate", "openServiceRequests",
            "lifecycleStage", "nextFollowUp");

    /** Purchases per month over the last 12 months, or null if hidden. */
    public BigDecimal purchasesPerMonth() {
        return purchaseCount12m == null ? null
                : BigDecimal.valueOf(purchaseCount12m).divide(BigDecimal.valueOf(12), 1, RoundingMode.HALF_UP);
    }

    public boolean shows(String fieldKey) {
        return !hidden.contains(fieldKey);
    }

    /** These figures as a reader who sees only the fields {@code seen} may read them. */
    Aggregates seenWith(Set<String> seen) {
        Set<String> hide = FIELDS.stream().filter(key -> !seen.contains(key)).collect(Collectors.toUnmodifiableSet());
        return new Aggregates(shown(hide, "annualContribution", annualContribution),
                shown(hide, "purchaseCount12m", purchaseCount12m), shown(hide, "firstPurchaseOn", firstPurchaseOn),
                shown(hide, "lastPurchaseOn", lastPurchaseOn), shown(hide, "lastContactAt", lastContactAt),
                shown(hide, "lastContactAt", daysSinceLastContact), shown(hide, "avgSatisfaction", avgSatisfaction),
                shown(hide, "campaignResponseRate", campaignResponseRate),
                shown(hide, "openServiceRequests", openServiceRequests),
                shown(hide, "lifecycleStage", lifecycleStage), shown(hide, "nextFollowUp", nextFollowUp), hide);
    }

    private static <T> T shown(Set<String> hide, String key, T value) {
        return hide.contains(key) ? null : value;
    }
}
