package app.kehu.bench;

import app.kehu.activity.ActivityMetrics;
import app.kehu.rating.RatingBenchmarkRules;
import app.kehu.rating.RatingService;
import app.kehu.rating.RecomputeProgress;
import app.kehu.rating.RuleSet;
import app.kehu.security.RunAs;
import app.kehu.tenancy.TenantContext;
import app.kehu.tenancy.TenantRef;
import app.kehu.tenancy.TenantService;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On a large tenant seeded in the product's behaviour tables: the refresh of every customer's behaviour
 * aggregates through {@link ActivityMetrics#refreshAll}; then recomputing every grade through the real publish
 * path (new version, background job in batches, grade history) against one hand-written UPDATE giving the same
 * grades; then a preview of a draft. Prints figures; asserts nothing. See docs/benchmarks.md.
 */
public final class RatingBenchmark {

    static final String SLUG = "rating-bench";
    static final String ADMIN = "admin@rating-bench.kehu.app";

    private RatingBenchmark() {
    }

    public static void main(String[] args) {
        int customers = Integer.getInteger("bench.customers", 1_000_000);
        long purchases = Long.getLong("bench.purchases", customers * 5L);
        long interactions = Long.getLong("bench.interactions", customers * 2L);
        try (ConfigurableApplicationContext context = BenchmarkApp.start()) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            RunAs runAs = context.getBean(RunAs.class);
            RatingService rating = context.getBean(RatingService.class);
            ActivityMetrics metrics = context.getBean(ActivityMetrics.class);
            TransactionTemplate transaction = new TransactionTemplate(context.getBean(
                    PlatformTransactionManager.class));
            BenchmarkApp.ensureTenant(context, "Rating Benchmark Co.", SLUG, ADMIN);
            String schema = "\"" + TenantService.schemaFor(SLUG) + "\"";
            Map<String, Long> volumes = ActivitySeed.volumes(customers, purchases, interactions);
            boolean seeded = ActivitySeed.ensure(jdbc, transaction, schema, volumes);
            System.out.printf("Tenant %s: %s%s%n", SLUG, volumes, seeded ? "" : " (seed of an earlier run reused)");
            runAs.run(ADMIN, () -> {
                TenantRef tenant = TenantContext.require();
                // The daily refresh's statement; it also starts a recompute of every grade, waited for apart.
                long start = System.nanoTime();
                int changed = metrics.refreshAll(tenant);
                double refresh = (System.nanoTime() - start) / 1e9;
                double regrade = seconds(() -> waitForRecompute(rating));
                System.out.printf("refresh all aggregates: %.1f s (ActivityMetrics.refreshAll, %,d customers "
                        + "changed); the recompute of every grade it starts: %.1f s%n", refresh, changed, regrade);
                jdbc.execute("VACUUM ANALYZE " + schema + ".customer");

                publishAndWait(rating, RatingBenchmarkRules.starter(), "baseline");
                jdbc.execute("VACUUM ANALYZE " + schema + ".customer");

                RuleSet tenConditions = RatingBenchmarkRules.tenConditions();
                // Rolled back, so that the recompute below starts from the same grades and does the same work.
                double hand = seconds(() -> transaction.executeWithoutResult(status -> {
                    jdbc.execute(RatingBenchmarkRules.handWrittenUpdate(schema));
                    status.setRollbackOnly();
                }));
                jdbc.execute("VACUUM ANALYZE " + schema + ".customer");
                double ours = seconds(() -> publishAndWait(rating, tenConditions, "ten conditions"));
                long differing = jdbc.queryForObject("SELECT count(*) FROM " + schema + ".customer c WHERE grade IS "
                        + "DISTINCT FROM (" + RatingBenchmarkRules.handWrittenGrade() + ")", Long.class);
                Map<String, Object> grades = jdbc.queryForMap("SELECT count(*) FILTER (WHERE grade = 'A') AS a, "
                        + "count(*) FILTER (WHERE grade = 'B') AS b, count(*) FILTER (WHERE grade = 'C') AS c, "
                        + "count(*) FILTER (WHERE grade = 'D') AS d FROM " + schema + ".customer");

                // As autovacuum would after a million updates; the preview reads every row.
                jdbc.execute("VACUUM ANALYZE " + schema + ".customer");
                rating.preview(RatingBenchmarkRules.draft());
                double preview = seconds(() -> rating.preview(RatingBenchmarkRules.draft()));
                var result = rating.preview(RatingBenchmarkRules.draft());

                System.out.printf("Hand-written UPDATE of every grade (one statement): %.1f s%n", hand);
                System.out.printf("Publish + background recompute (batches, history): %.1f s%n", ours);
                System.out.printf("Recompute / hand-written ratio: %.2f (target <= 1.5); customers whose grade "
                        + "differs from the hand-written CASE: %d; grades A/B/C/D: %s/%s/%s/%s%n", ours / hand,
                        differing, grades.get("a"), grades.get("b"), grades.get("c"), grades.get("d"));
                System.out.printf("Preview of a draft: %.2f s (target < 5 s); %,d customers would change%n", preview,
                        result.changedTotal());
            });
        }
    }

    private static void publishAndWait(RatingService rating, RuleSet rules, String note) {
        rating.publish(rules, note);
        waitForRecompute(rating);
    }

    private static void waitForRecompute(RatingService rating) {
        RecomputeProgress progress = rating.progress();
        while (progress.running()) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            progress = rating.progress();
        }
    }

    private static double seconds(Runnable run) {
        long start = System.nanoTime();
        run.run();
        return (System.nanoTime() - start) / 1e9;
    }
}
