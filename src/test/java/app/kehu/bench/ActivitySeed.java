package app.kehu.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the rating benchmark's tenant set-based, once: customers and their behaviour data in the product's own
 * tables (purchase, interaction, feedback, service_request, campaign_participation), each with one
 * {@code INSERT … SELECT … generate_series}. The aggregate columns on the customer rows are left to
 * {@code ActivityMetrics.refreshAll}, which the benchmark calls and times.
 */
final class ActivitySeed {

    private ActivitySeed() {
    }

    /** Row counts per table for {@code customers} customers and {@code purchases} purchases. */
    static Map<String, Long> volumes(long customers, long purchases, long interactions) {
        Map<String, Long> volumes = new LinkedHashMap<>();
        volumes.put("customer", customers);
        volumes.put("purchase", purchases);
        volumes.put("interaction", interactions);
        volumes.put("feedback", customers / 2);
        volumes.put("service_request", customers / 5);
        volumes.put("campaign_participation", customers);
        return volumes;
    }

    /** Seeds unless every table already holds its count; returns whether it seeded. */
    static boolean ensure(JdbcTemplate jdbc, TransactionTemplate transaction, String schema,
            Map<String, Long> volumes) {
        boolean seeded = volumes.entrySet().stream().allMatch(e -> e.getValue().equals(
                jdbc.queryForObject("SELECT count(*) FROM " + schema + "." + e.getKey(), Long.class)));
        if (seeded) {
            return false;
        }
        long customers = volumes.get("customer");
        long start = System.nanoTime();
        transaction.executeWithoutResult(status -> {
            jdbc.execute("SET LOCAL work_mem = '256MB'");
            jdbc.execute("TRUNCATE " + schema + ".customer RESTART IDENTITY CASCADE");
            jdbc.update("INSERT INTO " + schema + ".customer (name, industry, region, tags) "
                    + "SELECT '客户' || g, '行业' || (g % 12), '地区' || (g % 30), "
                    + "CASE WHEN g % 7 = 0 THEN ARRAY['VIP'] ELSE '{}' END FROM generate_series(1, ?) AS g",
                    customers);
            long first = jdbc.queryForObject("SELECT min(id) FROM " + schema + ".customer", Long.class);
            // Customers first + 0 … first + customers − 1; "customer(k)" below is one of them, spread by a
            // multiplicative hash of the row number, so counts per customer vary (Poisson-like).
            // Purchases for 80 % of the customers (every fifth one never bought: a prospect): over the last two
            // years, but only in the last 60 days for every tenth customer (new) and only one to three years ago
            // for another tenth (churned); every tenth customer buys twenty times as much.
            long buyers = customers / 5 * 4;
            insert(jdbc, schema, "purchase", "customer_id, purchased_on, amount, product, channel",
                    "k + k / 4 + " + first + ", current_date - (CASE (k + k / 4) % 10 WHEN 6 THEN g * 7919 % 60 "
                            + "WHEN 3 THEN 365 + g * 7919 % 730 ELSE g * 7919 % 730 END)::int, "
                            + "round((1 + g * 104729 % 4000000) / 100.0 "
                            + "* CASE WHEN (k + k / 4) % 10 = 0 THEN 20 ELSE 1 END, 2), "
                            + "'产品' || (g % 200), (ARRAY['门店', '线上商城', '电话销售', '经销商'])[1 + (g % 4)::int]",
                    "g * 2654435761 % " + buyers, volumes.get("purchase"));
            // Contacts over two years, two per customer on average (some have none).
            insert(jdbc, schema, "interaction", "customer_id, occurred_at, channel, summary",
                    "k + " + first + ", now() - (g * 7919 % (730 * 1440)) * interval '1 minute', "
                            + "(ARRAY['CALL', 'VISIT', 'EMAIL', 'WECHAT', 'MEETING', 'OTHER'])[1 + (g % 6)::int], "
                            + "'回访记录 ' || g",
                    "g * 2246822519 % " + customers, volumes.get("interaction"));
            insert(jdbc, schema, "feedback", "customer_id, received_on, satisfaction",
                    "k + " + first + ", current_date - (g * 7919 % 730)::int, 1 + g * 31 % 5",
                    "g * 3266489917 % " + customers, volumes.get("feedback"));
            insert(jdbc, schema, "service_request", "customer_id, opened_on, closed_on, topic",
                    "k + " + first + ", current_date - (g * 7919 % 730)::int, CASE WHEN g % 4 = 0 THEN NULL "
                            + "ELSE least(current_date, current_date - (g * 7919 % 730)::int + (g % 20)::int) END, "
                            + "'工单 ' || g",
                    "g * 374761393 % " + customers, volumes.get("service_request"));
            insert(jdbc, schema, "campaign_participation", "customer_id, campaign, participated_on, responded",
                    "k + " + first + ", '活动' || (g % 40), current_date - (g * 7919 % 730)::int, g * 7 % 10 < 3",
                    "g * 668265263 % " + customers, volumes.get("campaign_participation"));
        });
        // As autovacuum would: statistics, and the visibility map the index-only scans of the refresh rely on.
        for (String table : volumes.keySet()) {
            jdbc.execute("VACUUM ANALYZE " + schema + "." + table);
        }
        System.out.printf("Seeded %s in %.1f s%n", volumes, (System.nanoTime() - start) / 1e9);
        return true;
    }

    /** One INSERT of {@code rows} rows, in customer order so that the (customer_id, …) index fills in order. */
    private static void insert(JdbcTemplate jdbc, String schema, String table, String columns, String values,
            String customerOffset, long rows) {
        jdbc.update("INSERT INTO " + schema + "." + table + " (" + columns + ") SELECT " + values
                + " FROM (SELECT g, " + customerOffset + " AS k FROM generate_series(1::bigint, ?) AS g) AS s "
                + "ORDER BY 1, 2", rows);
    }
}
