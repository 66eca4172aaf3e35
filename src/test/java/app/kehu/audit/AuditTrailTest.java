package app.kehu.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kehu.common.ConcurrentEditException;
import app.kehu.customer.Customer;
import app.kehu.customer.CustomerService;
import app.kehu.security.Role;
import app.kehu.security.UserService;
import app.kehu.support.IntegrationTest;
import app.kehu.support.TestTenants.Company;
import app.kehu.tenancy.TenantService;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;

/** Every change leaves an audit entry with before/after values, and nobody can rewrite the log. */
class AuditTrailTest extends IntegrationTest {

    @Autowired
    CustomerService customers;
    @Autowired
    UserService users;
    @Autowired
    AuditService audit;

    Company company;

    @BeforeEach
    void company() {
        company = tenants.signUp();
    }

    @Test
    void customerCreateUpdateAndDeleteAreAuditedWithEachFieldsBeforeAndAfter() {
        Customer created = runAs.call(company.admin(), () -> customers.create(
                Map.of("name", "王伟", "phone", "138 0013 8000", "tags", List.of("VIP"))));
        assertThat(jdbc.latestChanges(company.slug())).contains("name: ∅ -> 王伟", "phone: ∅ -> 138 0013 8000",
                "tags: ∅ -> VIP");

        Customer updated = runAs.call(company.admin(), () -> customers.update(created.id(), created.version(),
                Map.of("name", "王伟", "phone", "139 0000 0000", "company", "杭州联信科技有限公司")));
        assertThat(jdbc.latestChanges(company.slug())).containsExactly("phone: 138 0013 8000 -> 139 0000 0000",
                "company: ∅ -> 杭州联信科技有限公司");

        runAs.run(company.admin(), () -> customers.delete(updated.id(), updated.version()));
        assertThat(jdbc.latestChanges(company.slug())).contains("name: 王伟 -> ∅", "phone: 139 0000 0000 -> ∅");

        String id = "#" + created.id();
        assertThat(jdbc.auditTrail(company.slug())).containsSubsequence("CREATE Customer" + id,
                "UPDATE Customer" + id, "DELETE Customer" + id);
    }

    @Test
    void theActorIsRecorded() {
        String staff = tenants.addUser(company, Role.STAFF);
        runAs.run(staff, () -> customers.create(Map.of("name", "Lead")));
        List<String> actors = jdbc.template().queryForList("SELECT actor_email FROM \""
                + TenantService.schemaFor(company.slug()) + "\".audit_event WHERE entity_type = 'Customer'", String.class);
        assertThat(actors).containsExactly(staff);
    }

    @Test
    void userManagementIsAudited() {
        String staff = tenants.addUser(company, Role.STAFF);
        long staffId = runAs.call(company.admin(), () -> users.listUsers().stream()
                .filter(u -> u.email().equals(staff)).findFirst().orElseThrow().id());
        runAs.run(company.admin(), () -> {
            users.changeRole(staffId, Role.MANAGER);
            users.resetPassword(staffId, "Another-Passw0rd!");
            users.setActive(staffId, false);
        });
        assertThat(jdbc.auditActions(company.slug())).startsWith("SIGNUP User");
        assertThat(jdbc.auditTrail(company.slug())).containsSubsequence("CREATE User#" + staffId,
                "ROLE_CHANGE User#" + staffId, "PASSWORD_RESET User#" + staffId, "UPDATE User#" + staffId);
        assertThat(jdbc.latestChanges(company.slug())).containsExactly("active: true -> false");
    }

    @Test
    void aRefusedChangeLeavesNoAuditEntry() {
        Customer created = runAs.call(company.admin(), () -> customers.create(Map.of("name", "A")));
        runAs.run(company.admin(), () -> customers.update(created.id(), created.version(), Map.of("name", "B")));
        long before = jdbc.auditTrail(company.slug()).size();
        runAs.run(company.admin(), () -> assertThatThrownBy(
                () -> customers.update(created.id(), created.version(), Map.of("name", "C")))
                .isInstanceOf(ConcurrentEditException.class));
        assertThat(jdbc.auditTrail(company.slug())).hasSize((int) before);
    }

    @Test
    void theDatabaseRefusesToUpdateDeleteOrTruncateTheAuditLog() {
        runAs.run(company.admin(), () -> customers.create(Map.of("name", "A")));
        String schema = "\"" + TenantService.schemaFor(company.slug()) + "\"";
        for (String sql : List.of("UPDATE " + schema + ".audit_event SET actor_email = 'forged'",
                "DELETE FROM " + schema + ".audit_event", "TRUNCATE " + schema + ".audit_event CASCADE",
                "UPDATE " + schema + ".audit_event_change SET after_value = 'forged'",
                "DELETE FROM " + schema + ".audit_event_change")) {
            assertThatThrownBy(() -> jdbc.template().execute(sql)).as(sql)
                    .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        }
        assertThat(jdbc.count("SELECT count(*) FROM " + schema + ".audit_event WHERE actor_email = 'forged'"))
                .isZero();
    }

    @Test
    void onlyAdminsReadTheAuditLogAndOnlyTheirOwnTenants() {
        String manager = tenants.addUser(company, Role.MANAGER);
        runAs.run(manager, () -> assertThatThrownBy(() -> audit.search(AuditQuery.all(), 0, 10))
                .isInstanceOf(AccessDeniedException.class));
        Company other = tenants.signUp();
        runAs.run(other.admin(), () -> customers.create(Map.of("name", "Other's customer")));
        runAs.run(company.admin(), () -> {
            List<AuditEvent> events = audit.search(AuditQuery.all(), 0, 100);
            assertThat(events).isNotEmpty().noneMatch(e -> "Other's customer".equals(e.getSummary()));
            assertThat(events).allMatch(e -> e.getActorEmail() == null || e.getActorEmail().endsWith(company.slug() + ".test"));
        });
    }

    @Test
    void searchFiltersByActorEntityActionAndTime() {
        String staff = tenants.addUser(company, Role.STAFF);
        runAs.run(staff, () -> customers.create(Map.of("name", "Lead")));
        runAs.run(company.admin(), () -> {
            assertThat(audit.search(new AuditQuery(staff.substring(0, 8), null, null, null, null), 0, 50))
                    .extracting(AuditEvent::getActorEmail).containsOnly(staff);
            assertThat(audit.search(new AuditQuery(null, "User", null, null, null), 0, 50))
                    .extracting(AuditEvent::getEntityType).containsOnly("User");
            assertThat(audit.count(new AuditQuery(null, null, AuditAction.SIGNUP, null, null))).isEqualTo(1);
            assertThat(audit.count(new AuditQuery(null, null, null, Instant.now().plusSeconds(60), null)))
                    .isZero();
        });
    }
}
