package app.kehu.bench;

import app.kehu.fields.FieldDefinition;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/** Fills the benchmark tenant with generated customers in one set-based statement, once. */
final class BenchmarkSeed {

    private BenchmarkSeed() {
    }

    static void ensure(JdbcTemplate jdbc, String table, int customers, Map<FieldDefinition, String> customColumns) {
        Long existing = jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
        if (existing != null && existing == customers) {
            return;
        }
        long start = System.nanoTime();
        jdbc.execute("TRUNCATE " + table);
        String columns = customColumns.keySet().stream().map(f -> ", \"" + f.column() + "\"")
                .collect(Collectors.joining());
        String values = customColumns.values().stream().map(expression -> ", " + expression)
                .collect(Collectors.joining());
        jdbc.update("INSERT INTO " + table + " (name, phone, email, company, position, industry, region, "
                + "source_channel, owner_id, tags, created_at, updated_at" + columns + ") "
                + "SELECT '客户' || g, '138' || lpad((g % 100000000)::text, 8, '0'), 'c' || g || '@example.cn', "
                + "'公司' || (g % 50000), '经理', '行业' || (g % 12), '地区' || (g % 30), '渠道' || (g % 7), NULL, "
                + "CASE WHEN g % 3 = 0 THEN ARRAY['VIP'] ELSE '{}' END, "
                + "now() - (g % 1000) * interval '1 day', now() - (g % 500) * interval '1 hour'" + values
                + " FROM generate_series(1::bigint, ?) AS g", customers);
        jdbc.execute("VACUUM ANALYZE " + table);
        System.out.printf("Seeded %,d customers with %d custom fields in %.1f s%n", customers, customColumns.size(),
                (System.nanoTime() - start) / 1e9);
    }
}
