package app.kehu.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kehu.common.NotFoundException;
import app.kehu.security.Role;
import app.kehu.support.IntegrationTest;
import app.kehu.support.TestTenants.Company;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Who may read and change which customers: tenants are sealed off, staff see their own, viewers only read. */
class CustomerAccessTest extends IntegrationTest {

    @Autowired
    CustomerService customers;

    Company acme;
    Company globex;
    Customer globexCustomer;

    @BeforeEach
    void twoCompanies() {
        acme = tenants.signUp();
        globex = tenants.signUp();
        runAs.run(acme.admin(), () -> customers.create(Map.of("name", "Acme's own customer")));
        globexCustomer = runAs.call(globex.admin(), () -> customers.create(Map.of("name", "Globex secret customer",
                "phone", "13800138000")));
    }

    @Test
    void aTenantNeverSeesAnotherTenantsCustomersByAnyId() {
        runAs.run(acme.admin(), () -> {
            assertThat(customers.list(CustomerQuery.all(), 0, 100)).extracting(c -> c.get("name"))
                    .containsExactly("Acme's own customer");
            assertThat(customers.count(CustomerQuery.all())).isEqualTo(1);
            for (long id = 1; id <= globexCustomer.id() + 5; id++) {
                long probe = id;
                try {
                    assertThat(customers.get(probe).get("name")).isNotEqualTo("Globex secret customer");
                } catch (NotFoundException expected) {
                    // Not found is the right answer for ids that are not Acme's.
                }
            }
        });
    }

    @Test
    void aTenantCannotUpdateOrDeleteAnotherTenantsCustomer() {
        long id = globexCustomer.id();
        runAs.run(acme.admin(), () -> {
            boolean acmeHasSameId = customers.list(CustomerQuery.all(), 0, 100).stream().anyMatch(c -> c.id() == id);
            if (!acmeHasSameId) {
                assertThatThrownBy(() -> customers.update(id, globexCustomer.version(), Map.of("name", "hijacked")))
                        .isInstanceOf(NotFoundException.class);
                assertThatThrownBy(() -> customers.delete(id, globexCustomer.version()))
                        .isInstanceOf(NotFoundException.class);
            } else {
                customers.update(id, customers.get(id).version(), Map.of("name", "Acme renamed its own"));
            }
        });
        runAs.run(globex.admin(), () -> assertThat(customers.get(id).get("name")).isEqualTo("Globex secret customer"));
    }

    @Test
    void staffSeeAndChangeOnlyTheirOwnCustomers() {
        String alice = tenants.addUser(acme, Role.STAFF);
        String bob = tenants.addUser(acme, Role.STAFF);
        Customer alices = runAs.call(alice, () -> customers.create(Map.of("name", "Alice's lead")));
        Customer bobs = runAs.call(bob, () -> customers.create(Map.of("name", "Bob's lead")));

        runAs.run(alice, () -> {
            assertThat(customers.list(CustomerQuery.all(), 0, 100)).extracting(Customer::id)
                    .containsExactly(alices.id());
            assertThatThrownBy(() -> customers.get(bobs.id())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> customers.update(bobs.id(), bobs.version(), Map.of("name", "mine now")))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> customers.delete(bobs.id(), bobs.version()))
                    .isInstanceOf(NotFoundException.class);
        });
        runAs.run(bob, () -> assertThat(customers.get(bobs.id()).get("name")).isEqualTo("Bob's lead"));
    }

    @Test
    void staffCannotHandTheirCustomerToSomeoneElse() {
        String alice = tenants.addUser(acme, Role.STAFF);
        String bob = tenants.addUser(acme, Role.STAFF);
        long bobId = runAs.call(bob, () -> customers.create(Map.of("name", "x")).get("owner")) instanceof Long l ? l : -1;
        Customer alices = runAs.call(alice, () -> customers.create(Map.of("name", "Alice's lead")));
        runAs.run(alice, () -> assertThatThrownBy(
                () -> customers.update(alices.id(), alices.version(), Map.of("owner", bobId)))
                .isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void staffCreatingACustomerBecomeItsOwnerWhateverTheyAskFor() {
        String alice = tenants.addUser(acme, Role.STAFF);
        String bob = tenants.addUser(acme, Role.STAFF);
        Customer bobsFirst = runAs.call(bob, () -> customers.create(Map.of("name", "b")));
        Customer created = runAs.call(alice, () -> customers.create(
                Map.of("name", "Alice's", "owner", bobsFirst.get("owner"))));
        assertThat(created.get("owner")).isNotEqualTo(bobsFirst.get("owner"));
    }

    @Test
    void managersAndAdminsSeeEveryCustomerOfTheirTenant() {
        String alice = tenants.addUser(acme, Role.STAFF);
        String manager = tenants.addUser(acme, Role.MANAGER);
        runAs.run(alice, () -> customers.create(Map.of("name", "Alice's lead")));
        runAs.run(manager, () -> assertThat(customers.count(CustomerQuery.all())).isEqualTo(2));
        runAs.run(acme.admin(), () -> assertThat(customers.count(CustomerQuery.all())).isEqualTo(2));
    }

    @Test
    void viewersReadEverythingAndChangeNothing() {
        String viewer = tenants.addUser(acme, Role.VIEWER);
        Customer existing = runAs.call(acme.admin(), () -> customers.list(CustomerQuery.all(), 0, 1).getFirst());
        runAs.run(viewer, () -> {
            assertThat(customers.count(CustomerQuery.all())).isEqualTo(1);
            assertThat(customers.canEdit()).isFalse();
            assertThatThrownBy(() -> customers.create(Map.of("name", "nope"))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> customers.update(existing.id(), existing.version(), Map.of("name", "nope")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> customers.delete(existing.id(), existing.version()))
                    .isInstanceOf(AccessDeniedException.class);
        });
        runAs.run(acme.admin(), () -> assertThat(customers.get(existing.id()).get("name"))
                .isEqualTo("Acme's own customer"));
    }

    @Test
    void nobodySignedInGetsNothing() {
        assertThatThrownBy(() -> customers.list(CustomerQuery.all(), 0, 10))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }

}
