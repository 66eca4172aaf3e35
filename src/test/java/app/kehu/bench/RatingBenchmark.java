package app.kehu.bench;

import app.kehu.rating.RatingBenchmarkRules;
import app.kehu.rating.RatingService;
import app.kehu.rating.RecomputeProgress;
import app.kehu.rating.RuleSet;
import app.kehu.security.RunAs;
import app.kehu.tenancy.TenantService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputing every grade of a large tenant through the real publish path (new version, background job in
 * batches, grade history) against one hand-written UPDATE giving the same grades; then a preview of a draft.
 * Prints figures; asserts nothing. See docs/benchmarks.md.
 */
public final class RatingBenchmark {

    static final String SLUG = "rating-bench";
    static final String ADMIN = "admin@rating-bench.kehu.app";

    private RatingBenchmark() {
    }

    public static void main(String[] args) {
        int customers = Integer.getInteger("bench.customers", 1_000_000);
        int purchases = Integer.getInteger("bench.purchases", customers * 5);
        try (ConfigurableApplicationContext context = BenchmarkApp.start()) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            RunAs runAs = context.getBean(RunAs.class);
            RatingService rating = context.getBean(RatingService.class);
            TransactionTemplate transaction = new TransactionTemplate(context.getBean(
                    PlatformTransactionManager.class));
            BenchmarkApp.ensureTenant(context, "Rating Benchmark Co.", SLUG, ADMIN);
            String schema = "\"" + TenantService.schemaFor(SLUG) + "\"";
            PurchaseSeed.ensure(jdbc, schema, customers, purchases);
            runAs.run(ADMIN, () -> {
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

                // As autovacuum would after a million updates; the preview reads every row.
                jdbc.execute("VACUUM ANALYZE " + schema + ".customer");
                rating.preview(RatingBenchmarkRules.draft());
                double preview = seconds(() -> rating.preview(RatingBenchmarkRules.draft()));
                var result = rating.preview(RatingBenchmarkRules.draft());

                System.out.printf("Tenant %s: %,d customers, %,d purchases%n", SLUG, customers, purchases);
                System.out.printf("Hand-written UPDATE of every grade (one statement): %.1f s%n", hand);
                System.out.printf("Publish + background recompute (batches, history): %.1f s%n", ours);
                System.out.printf("Recompute / hand-written ratio: %.2f (target <= 1.5); customers whose grade "
                        + "differs from the hand-written CASE: %d%n", ours / hand, differing);
                System.out.printf("Preview of a draft: %.2f s (target < 5 s); %,d customers would change%n", preview,
                        result.changedTotal());
            });
        }
    }

    private static void publishAndWait(RatingService rating, RuleSet rules, String note) {
        rating.publish(rules, note);
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
