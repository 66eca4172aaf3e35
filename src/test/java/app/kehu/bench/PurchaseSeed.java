package app.kehu.bench;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills the rating benchmark's tenant set-based, once: customers, their purchases over two years, and the
 * aggregate columns the activity feature keeps (annual contribution, purchases in 12 months, first and last
 * purchase, last contact), computed from those purchases with one UPDATE.
 */
final class PurchaseSeed {

    private PurchaseSeed() {
    }

    static void ensure(JdbcTemplate jdbc, String schema, int customers, int purchases) {
        Long existing = jdbc.queryForObject("SELECT count(*) FROM " + schema + ".customer", Long.class);
        boolean seeded = existing != null && existing == customers && Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT to_regclass(?) IS NOT NULL", Boolean.class, schema + ".bench_purchase"));
        if (seeded && Long.valueOf(purchases).equals(jdbc.queryForObject("SELECT count(*) FROM " + schema
                + ".bench_purchase", Long.class))) {
            return;
        }
        long start = System.nanoTime();
        jdbc.execute("TRUNCATE " + schema + ".customer CASCADE");
        jdbc.execute("DROP TABLE IF EXISTS " + schema + ".bench_purchase");
        jdbc.update("INSERT INTO " + schema + ".customer (name, industry, region, tags, lifecycle_stage) "
                + "SELECT '客户' || g, '行业' || (g % 12), '地区' || (g % 30), "
                + "CASE WHEN g % 7 = 0 THEN ARRAY['VIP'] ELSE '{}' END, "
                + "(ARRAY['prospect', 'new', 'active', 'at_risk', 'churned'])[1 + g % 5] "
                + "FROM generate_series(1, ?) AS g", customers);
        jdbc.execute("CREATE TABLE " + schema + ".bench_purchase (customer_id bigint NOT NULL, purchased_on date "
                + "NOT NULL, amount numeric(18,2) NOT NULL)");
        // Skewed: a few customers buy a lot, many little, some not at all in the last year.
        jdbc.update("INSERT INTO " + schema + ".bench_purchase SELECT c.id, current_date - (g * 7919 % 730)::int, "
                + "round((g * 104729 % 4000000) / 100.0 * CASE WHEN c.id % 10 = 0 THEN 20 ELSE 1 END, 2) "
                + "FROM generate_series(1::bigint, ?) AS g JOIN " + schema + ".customer c "
                + "ON c.id = (SELECT min(id) FROM " + schema + ".customer) + (g * 2654435761 % ?)", purchases,
                customers);
        jdbc.execute("ANALYZE " + schema + ".bench_purchase");
        jdbc.execute("CREATE INDEX ON " + schema + ".bench_purchase (customer_id)");
        jdbc.execute("UPDATE " + schema + ".customer c SET annual_contribution = a.annual, purchase_count_12m = "
                + "a.recent, first_purchase_on = a.first, last_purchase_on = a.last, last_contact_at = a.last "
                + "+ time '10:00' FROM (SELECT customer_id, coalesce(sum(amount) FILTER (WHERE purchased_on > "
                + "current_date - 365), 0) AS annual, count(*) FILTER (WHERE purchased_on > current_date - 365) "
                + "AS recent, min(purchased_on) AS first, max(purchased_on) AS last FROM " + schema
                + ".bench_purchase GROUP BY customer_id) AS a WHERE c.id = a.customer_id");
        jdbc.execute("VACUUM ANALYZE " + schema + ".customer");
        System.out.printf("Seeded %,d customers and %,d purchases, aggregates computed, in %.1f s%n", customers,
                purchases, (System.nanoTime() - start) / 1e9);
    }
}
