package app.kehu.bench;

import org.springframework.jdbc.core.JdbcTemplate;

/** Fills the benchmark tenant with generated customers in one set-based statement, once. */
final class BenchmarkSeed {

    private BenchmarkSeed() {
    }

    static void ensure(JdbcTemplate jdbc, String table, int customers, String[] regions) {
        Long existing = jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
        if (existing != null && existing == customers) {
            return;
        }
        long start = System.nanoTime();
        jdbc.execute("TRUNCATE " + table);
        StringBuilder regionArray = new StringBuilder("ARRAY[");
        for (int i = 0; i < regions.length; i++) {
            regionArray.append(i == 0 ? "" : ",").append('\'').append(regions[i]).append('\'');
        }
        regionArray.append(']');
        jdbc.update("INSERT INTO " + table + " (name, phone, email, company, position, industry, region, "
                + "source_channel, owner_id, tags, created_at, updated_at) "
                + "SELECT '客户' || g, '138' || lpad((g % 100000000)::text, 8, '0'), 'c' || g || '@example.cn', "
                + "'公司' || (g % 50000), '经理', '行业' || (g % 12), (" + regionArray + ")[1 + g % " + regions.length
                + "], '渠道' || (g % 7), NULL, CASE WHEN g % 3 = 0 THEN ARRAY['VIP'] ELSE '{}' END, "
                + "now() - (g % 1000) * interval '1 day', now() - (g % 500) * interval '1 hour' "
                + "FROM generate_series(1, ?) AS g", customers);
        jdbc.execute("CREATE INDEX IF NOT EXISTS customer_region_company_bench_ix ON " + table + " (region, company, id)");
        jdbc.execute("ANALYZE " + table);
        System.out.printf("Seeded %,d customers in %.1f s%n", customers, (System.nanoTime() - start) / 1e9);
    }
}
