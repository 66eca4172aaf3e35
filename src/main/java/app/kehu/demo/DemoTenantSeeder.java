package app.kehu.demo;

import app.kehu.customer.CustomerService;
import app.kehu.security.NewUser;
import app.kehu.security.Role;
import app.kehu.security.RunAs;
import app.kehu.security.UserService;
import app.kehu.security.UserSummary;
import app.kehu.signup.SignupRequest;
import app.kehu.signup.SignupService;
import app.kehu.tenancy.TenantService;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Creates the demo company on first start, so a newcomer can sign in at once (logins in README.md). It goes
 * through the same signup and services as real users, so its history shows up in the audit log.
 */
@Component
@ConditionalOnProperty(name = "kehu.demo.enabled", havingValue = "true")
class DemoTenantSeeder implements ApplicationRunner {

    static final String SLUG = "demo";
    static final String ADMIN = "admin@demo.kehu.app";
    static final String PASSWORD = "Kehu-Demo-2026";
    /** The demo starts from the startup template, so that the grid shows custom fields from the first sign-in. */
    static final String STARTUP_TEMPLATE = "startup";
    private static final int CUSTOMERS = 360;
    private static final Logger log = LoggerFactory.getLogger(DemoTenantSeeder.class);

    private final TenantService tenants;
    private final SignupService signups;
    private final UserService users;
    private final CustomerService customers;
    private final RunAs runAs;
    private final DemoBehaviour behaviour;

    DemoTenantSeeder(TenantService tenants, SignupService signups, UserService users, CustomerService customers,
            RunAs runAs, DemoBehaviour behaviour) {
        this.tenants = tenants;
        this.signups = signups;
        this.users = users;
        this.customers = customers;
        this.runAs = runAs;
        this.behaviour = behaviour;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (tenants.isSlugTaken(SLUG)) {
            return;
        }
        long tenantId = signups.signup(new SignupRequest("演示科技有限公司 Demo Co.", SLUG, "王经理", ADMIN, PASSWORD,
                STARTUP_TEMPLATE)).tenantId();
        runAs.run(ADMIN, () -> {
            users.createUser(new NewUser("manager@demo.kehu.app", "李明 (Manager)", Role.MANAGER, PASSWORD));
            users.createUser(new NewUser("staff@demo.kehu.app", "张伟 (Staff)", Role.STAFF, PASSWORD));
            users.createUser(new NewUser("staff2@demo.kehu.app", "Emma Chen (Staff)", Role.STAFF, PASSWORD));
            users.createUser(new NewUser("viewer@demo.kehu.app", "刘芳 (Viewer)", Role.VIEWER, PASSWORD));
            List<Long> owners = users.listOwners().stream().map(UserSummary::id).toList();
            DemoData.customers(CUSTOMERS, owners, 2026L).forEach(customers::create);
        });
        behaviour.seed(tenants.find(tenantId).orElseThrow().ref(), 2026L);
        log.info("Demo company created: sign in as {} / {}", ADMIN, PASSWORD);
    }
}
