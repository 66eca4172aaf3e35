package app.kehu.bench;

import app.kehu.Application;
import app.kehu.signup.SignupRequest;
import app.kehu.signup.SignupService;
import app.kehu.tenancy.TenantService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The application as the benchmarks run it: its own database (kept between runs), no demo, quiet logs. */
final class BenchmarkApp {

    static final String PASSWORD = "Bench-Passw0rd!";

    private BenchmarkApp() {
    }

    /**
     * Passed as command-line arguments, which outrank application.properties: as default properties (the
     * builder's {@code properties(…)}), the datasource URL lost to the application's {@code KEHU_DB_URL}
     * default and the benchmarks filled the development database {@code kehu}.
     */
    static ConfigurableApplicationContext start() {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .run("--spring.datasource.url=" + System.getProperty("bench.db.url",
                        "jdbc:postgresql://127.0.0.1:5432/kehu_bench"), "--kehu.demo.enabled=false",
                        "--server.port=0", "--vaadin.productionMode=true", "--logging.level.root=warn");
        System.out.println("Database: " + context.getEnvironment().getProperty("spring.datasource.url"));
        return context;
    }

    /** Signs the benchmark's company up unless an earlier run did. */
    static void ensureTenant(ConfigurableApplicationContext context, String companyName, String slug, String admin) {
        if (!context.getBean(TenantService.class).isSlugTaken(slug)) {
            context.getBean(SignupService.class).signup(new SignupRequest(companyName, slug, "Bench", admin,
                    PASSWORD));
        }
    }
}
