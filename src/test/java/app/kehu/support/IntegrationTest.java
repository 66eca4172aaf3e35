package app.kehu.support;

import app.kehu.security.RunAs;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of tests that run the application against this JVM's own PostgreSQL database, with the fixtures most
 * of them use: fresh companies and users, running as a user, and SQL to look at what the services left.
 */
@SpringBootTest
@ActiveProfiles("test")
public abstract class IntegrationTest {

    @Autowired
    private SecurityContextHolderStrategy securityContextHolderStrategy;
    @Autowired
    protected TestTenants tenants;
    @Autowired
    protected RunAs runAs;
    @Autowired
    protected Jdbc jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabase::url);
        registry.add("spring.datasource.username", () -> TestDatabase.USER);
        registry.add("spring.datasource.password", () -> TestDatabase.PASSWORD);
    }

    /**
     * Vaadin installs its own SecurityContextHolder strategy, one per application context, each with its own
     * thread-local. Test contexts are cached side by side, and the latest one started owns the global holder;
     * point it back at this test's context so that code using the static holder and method security agree.
     */
    @BeforeEach
    void useThisContextsSecurityContextHolder() {
        SecurityContextHolder.setContextHolderStrategy(securityContextHolderStrategy);
        SecurityContextHolder.clearContext();
    }
}
