package app.kehu.bench;

import app.kehu.customer.ColumnFilter;
import app.kehu.customer.CustomerExportService;
import app.kehu.customer.CustomerQuery;
import app.kehu.customer.CustomerService;
import app.kehu.customer.ExportColumn;
import app.kehu.fields.FieldDefinition;
import app.kehu.fields.FieldService;
import app.kehu.security.RunAs;
import app.kehu.tenancy.TenantService;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The grid's page query through Kehu's own store against the same query written by hand, on one tenant with
 * many customers; then an export of a large view. Prints figures; asserts nothing. See docs/benchmarks.md.
 */
public final class GridBenchmark {

    static final String SLUG = "bench";
    static final String ADMIN = "admin@bench.kehu.app";
    private static final int PAGE = 50;

    private GridBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int customers = Integer.getInteger("bench.customers", 1_000_000);
        int runs = Integer.getInteger("bench.runs", 200);
        try (ConfigurableApplicationContext context = BenchmarkApp.start()) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            RunAs runAs = context.getBean(RunAs.class);
            BenchmarkApp.ensureTenant(context, "Benchmark Co.", SLUG, ADMIN);
            String table = "\"" + TenantService.schemaFor(SLUG) + "\".customer";
            Map<FieldDefinition, String> custom = runAs.call(ADMIN,
                    () -> BenchmarkFields.ensure(context.getBean(FieldService.class)));
            BenchmarkSeed.ensure(jdbc, table, customers, custom);
            System.out.printf("Tenant %s: %,d customers, %d custom fields%n", SLUG, customers, custom.size());

            FieldDefinition level = column(custom, BenchmarkFields.LEVEL);
            FieldDefinition contract = column(custom, BenchmarkFields.CONTRACT);
            String selected = "id, version, " + custom.keySet().stream().map(f -> "\"" + f.column() + "\"")
                    .collect(Collectors.joining(", "))
                    + ", name, phone, email, company, position, industry, region, source_channel, owner_id, tags, "
                    + "created_at, updated_at";
            String handSql = "SELECT " + selected + " FROM " + table + " WHERE \"" + level.column() + "\" = ANY(?)"
                    + " ORDER BY \"" + contract.column() + "\" ASC NULLS LAST, id ASC LIMIT 50 OFFSET ?";
            CustomerService service = context.getBean(CustomerService.class);
            Random random = new Random(7);
            Stopwatch store = new Stopwatch();
            Stopwatch hand = new Stopwatch();
            runAs.run(ADMIN, () -> {
                for (int i = 0; i < runs + 20; i++) {
                    String option = "L" + random.nextInt(BenchmarkFields.LEVELS);
                    int offset = random.nextInt(20) * PAGE;
                    CustomerQuery query = new CustomerQuery(null,
                            Map.of(BenchmarkFields.LEVEL, new ColumnFilter.AnyOf(List.of(option))),
                            List.of(new CustomerQuery.SortKey(BenchmarkFields.CONTRACT, true)));
                    Runnable viaStore = () -> service.list(query, offset, PAGE);
                    Runnable byHand = () -> jdbc.query(handSql, ps -> {
                        ps.setArray(1, ps.getConnection().createArrayOf("text", new String[] {option}));
                        ps.setInt(2, offset);
                    }, (rs, row) -> rs.getLong(1));
                    if (i < 20) {
                        viaStore.run();
                        byHand.run();
                    } else {
                        store.time(viaStore);
                        hand.time(byHand);
                    }
                }
            });
            System.out.println("Grid page (50 rows, filter on custom select, sort on custom money) via "
                    + "CustomerService: " + store.summary());
            System.out.println("Same query written by hand (JdbcTemplate):                          "
                    + hand.summary());
            System.out.printf("Store / hand-written median ratio: %.2f%n", store.medianMs() / hand.medianMs());

            exportBenchmark(context, runAs);
        }
    }

    private static FieldDefinition column(Map<FieldDefinition, String> custom, String key) {
        return custom.keySet().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    private static void exportBenchmark(ConfigurableApplicationContext context, RunAs runAs) {
        CustomerExportService exports = context.getBean(CustomerExportService.class);
        List<ExportColumn> columns = runAs.call(ADMIN, () -> context.getBean(CustomerService.class).fields()).stream()
                .map(f -> new ExportColumn(f.key(), f.key())).toList();
        CustomerQuery oneRegion = new CustomerQuery(null,
                Map.of(BenchmarkFields.LEVEL, new ColumnFilter.AnyOf(List.of("L0"))), List.of());
        CountingStream out = new CountingStream();
        long start = System.nanoTime();
        long rows = runAs.call(ADMIN, () -> exports.export(oneRegion, columns, ZoneId.of("Asia/Shanghai"),
                Locale.SIMPLIFIED_CHINESE, out));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("Export: %,d rows, %.1f MB .xlsx in %.1f s; max heap %d MB, peak heap used %d MB%n", rows,
                out.bytes / 1e6, seconds, Runtime.getRuntime().maxMemory() / (1024 * 1024), peakHeapMb());
    }

    private static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }

    /** Discards the export, counting its size. */
    private static final class CountingStream extends OutputStream {

        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
