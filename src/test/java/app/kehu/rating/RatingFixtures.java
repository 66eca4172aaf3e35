package app.kehu.rating;

import app.kehu.support.Jdbc;
import app.kehu.tenancy.TenantService;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** What rating tests share: behaviour aggregates set by SQL, stored grades read back, waiting for a recompute. */
@Component
class RatingFixtures {

    private static final Duration RECOMPUTE_LIMIT = Duration.ofSeconds(60);

    private final Jdbc jdbc;
    private final RatingService rating;

    RatingFixtures(Jdbc jdbc, RatingService rating) {
        this.jdbc = jdbc;
        this.rating = rating;
    }

    /** Sets the aggregates the activity feature keeps, as its daily refresh would, without regrading. */
    void aggregates(String slug, long customerId, String annualContribution, long purchases12m) {
        jdbc.template().update("UPDATE " + customer(slug) + " SET annual_contribution = ?, purchase_count_12m = ? "
                + "WHERE id = ?", new BigDecimal(annualContribution), purchases12m, customerId);
    }

    String grade(String slug, long customerId) {
        return jdbc.template().queryForObject("SELECT grade FROM " + customer(slug) + " WHERE id = ?", String.class,
                customerId);
    }

    Integer gradeVersion(String slug, long customerId) {
        return jdbc.template().queryForObject("SELECT grade_version FROM " + customer(slug) + " WHERE id = ?",
                Integer.class, customerId);
    }

    /** Waits, as the signed-in user watching the progress bar, until the background recompute has finished. */
    RecomputeProgress awaitRecompute() {
        Instant limit = Instant.now().plus(RECOMPUTE_LIMIT);
        RecomputeProgress progress = rating.progress();
        while (progress.running()) {
            if (Instant.now().isAfter(limit)) {
                throw new AssertionError("Recompute still running: " + progress);
            }
            sleep();
            progress = rating.progress();
        }
        return progress;
    }

    static String customer(String slug) {
        return "\"" + TenantService.schemaFor(slug) + "\".customer";
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for the recompute", e);
        }
    }
}
