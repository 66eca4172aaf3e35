package app.kehu.activity;

import app.kehu.customer.Customer;
import app.kehu.customer.CustomerService;
import app.kehu.support.IntegrationTest;
import app.kehu.support.TestTenants.Company;
import app.kehu.tenancy.TenantRef;
import app.kehu.tenancy.TenantService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/** A fresh company and the ways the behaviour tests log and read behaviour. */
abstract class BehaviourTest extends IntegrationTest {

    @Autowired
    ActivityService activity;
    @Autowired
    ActivityMetrics metrics;
    @Autowired
    CustomerService customers;
    @Autowired
    Clock clock;

    Company company;
    TenantRef tenant;

    @BeforeEach
    void company() {
        company = tenants.signUp();
        tenant = new TenantRef(company.tenantId(), TenantService.schemaFor(company.slug()));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    long customer(String owner, String name) {
        return runAs.call(owner, () -> customers.create(Map.of("name", name))).id();
    }

    long customer(String name) {
        return customer(company.admin(), name);
    }

    long purchase(long customerId, LocalDate on, String amount) {
        return runAs.call(company.admin(), () -> activity.log(customerId,
                new NewEntry.Purchase(on, new BigDecimal(amount), "Tea set", "门店")));
    }

    Aggregates aggregates(long customerId) {
        return runAs.call(company.admin(), () -> activity.aggregates(customerId));
    }

    Customer asCustomer(long customerId) {
        return runAs.call(company.admin(), () -> customers.get(customerId));
    }
}
