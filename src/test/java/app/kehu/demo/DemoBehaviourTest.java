package app.kehu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.kehu.customer.CustomerService;
import app.kehu.security.UserService;
import app.kehu.security.UserSummary;
import app.kehu.support.IntegrationTest;
import app.kehu.support.TestTenants.Company;
import app.kehu.tenancy.TenantRef;
import app.kehu.tenancy.TenantService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo's behaviour gives a newcomer something to look at: every stage, every value band, due follow-ups. */
class DemoBehaviourTest extends IntegrationTest {

    @Autowired
    DemoBehaviour behaviour;
    @Autowired
    CustomerService customers;
    @Autowired
    UserService users;

    @Test
    void demoCustomersSpreadOverStagesAndValueBandsWithFollowUpsDue() {
        Company company = tenants.signUp();
        runAs.run(company.admin(), () -> {
            List<Long> owners = users.listOwners().stream().map(UserSummary::id).toList();
            // Without the demo's template: leave its custom fields (keys in snake case) out.
            DemoData.customers(120, owners, 2026L).stream().peek(c -> c.keySet().removeIf(key -> key.contains("_")))
                    .forEach(customers::create);
        });
        TenantRef tenant = new TenantRef(company.tenantId(), TenantService.schemaFor(company.slug()));

        behaviour.seed(tenant, 2026L);

        String customer = tenant.table("customer");
        assertThat(jdbc.template().queryForList("SELECT DISTINCT lifecycle_stage FROM " + customer, String.class))
                .contains("prospect", "new", "active", "at_risk", "churned");
        assertThat(jdbc.count("SELECT count(*) FROM " + customer + " WHERE annual_contribution >= 100000")).isPositive();
        assertThat(jdbc.count("SELECT count(*) FROM " + customer + " WHERE annual_contribution >= 50000 AND "
                + "annual_contribution < 100000")).isPositive();
        assertThat(jdbc.count("SELECT count(*) FROM " + customer + " WHERE annual_contribution BETWEEN 1 AND 49999"))
                .isPositive();
        assertThat(jdbc.count("SELECT count(*) FROM " + customer + " WHERE next_follow_up_on < current_date"))
                .isPositive();
        assertThat(jdbc.count("SELECT count(*) FROM " + customer + " WHERE open_service_requests > 0")).isPositive();
        assertThat(jdbc.count("SELECT count(*) FROM " + customer + " WHERE last_contact_at IS NOT NULL")).isPositive();
    }
}
