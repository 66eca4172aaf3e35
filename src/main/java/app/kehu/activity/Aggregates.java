package app.kehu.activity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A customer's behaviour in figures, as kept on the customer row (see {@link ActivityMetrics} for how each is
 * defined), plus the days since the last contact, which is derived on reading because it changes every day.
 */
public record Aggregates(BigDecimal annualContribution, long purchaseCount12m, LocalDate firstPurchaseOn,
        LocalDate lastPurchaseOn, Instant lastContactAt, Long daysSinceLastContact, BigDecimal avgSatisfaction,
        BigDecimal campaignResponseRate, long openServiceRequests, LifecycleStage lifecycleStage,
        LocalDate nextFollowUp) {

    /** Purchases per month over the last 12 months. */
    public BigDecimal purchasesPerMonth() {
        return BigDecimal.valueOf(purchaseCount12m).divide(BigDecimal.valueOf(12), 1, RoundingMode.HALF_UP);
    }
}
