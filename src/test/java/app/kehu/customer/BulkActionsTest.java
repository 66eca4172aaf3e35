package app.kehu.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kehu.common.NotFoundException;
import app.kehu.security.Role;
import app.kehu.support.Errors;
import app.kehu.support.IntegrationTest;
import app.kehu.support.TestTenants;
import app.kehu.support.TestTenants.Company;
import app.kehu.tenancy.TenantService;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Bulk actions on a selection: authorised and validated like single edits, all or nothing, audited per customer. */
class BulkActionsTest extends IntegrationTest {

    @Autowired
    CustomerService customers;

    Company acme;
    String alice;
    String bob;
    Customer alices1;
    Customer alices2;
    Customer bobs;

    @BeforeEach
    void twoSalespeople() {
        acme = tenants.signUp();
        alice = tenants.addUser(acme, Role.STAFF);
        bob = tenants.addUser(acme, Role.STAFF);
        alices1 = runAs.call(alice, () -> customers.create(Map.of("name", "Alice one", "tags", List.of("vip"))));
        alices2 = runAs.call(alice, () -> customers.create(Map.of("name", "Alice two")));
        bobs = runAs.call(bob, () -> customers.create(Map.of("name", "Bob's")));
    }

    @Test
    void aManagerAssignsAnOwnerToEveryCustomerWithOneAuditEntryEach() {
        String manager = tenants.addUser(acme, Role.MANAGER);
        long bobId = (Long) bobs.get("owner");
        long auditBefore = auditCount();

        int changed = runAs.call(manager, () -> customers.bulkAssignOwner(List.of(alices1.id(), alices2.id()), bobId));

        assertThat(changed).isEqualTo(2);
        runAs.run(manager, () -> assertThat(customers.get(alices1.id()).get("owner")).isEqualTo(bobId));
        assertThat(auditCount() - auditBefore).isEqualTo(2);
        assertThat(jdbc.latestChanges(acme.slug())).singleElement().asString().startsWith("owner: ")
                .contains(TestTenants.displayName(Role.STAFF, bob));
    }

    @Test
    void staffMayNotAssignOwnersInBulk() {
        assertThatThrownBy(() -> runAs.run(alice,
                () -> customers.bulkAssignOwner(List.of(alices1.id()), (Long) bobs.get("owner"))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void staffSetAFieldOnTheirOwnCustomers() {
        int changed = runAs.call(alice, () -> customers.bulkSet(List.of(alices1.id(), alices2.id()), "region", "Suzhou"));

        assertThat(changed).isEqualTo(2);
        runAs.run(alice, () -> assertThat(customers.list(CustomerQuery.all(), 0, 10))
                .extracting(c -> c.get("region")).containsOnly("Suzhou"));
    }

    @Test
    void aSelectionWithSomeoneElsesCustomerIsRefusedAsAWholeAndNothingChanges() {
        long auditBefore = auditCount();

        assertThatThrownBy(() -> runAs.run(alice,
                () -> customers.bulkSet(List.of(alices1.id(), bobs.id()), "region", "Suzhou")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> runAs.run(alice, () -> customers.bulkDelete(List.of(alices1.id(), bobs.id()))))
                .isInstanceOf(NotFoundException.class);

        runAs.run(acme.admin(), () -> {
            assertThat(customers.get(alices1.id()).get("region")).isNull();
            assertThat(customers.count(CustomerQuery.all())).isEqualTo(3);
        });
        assertThat(auditCount()).isEqualTo(auditBefore);
    }

    @Test
    void anInvalidValueIsRefusedLikeASingleEditAndNothingChanges() {
        assertThat(Errors.of(() -> runAs.run(acme.admin(),
                () -> customers.bulkSet(List.of(alices1.id(), alices2.id()), "email", "not-an-email"))))
                .containsExactly("email=validation.email");
        assertThat(Errors.of(() -> runAs.run(acme.admin(),
                () -> customers.bulkSet(List.of(alices1.id()), "name", " "))))
                .containsExactly("name=validation.required");
        assertThat(Errors.of(() -> runAs.run(acme.admin(),
                () -> customers.bulkSet(List.of(alices1.id()), "createdAt", null))))
                .containsExactly("createdAt=validation.read-only");
        runAs.run(acme.admin(), () -> assertThat(customers.get(alices1.id()).get("email")).isNull());
    }

    @Test
    void whenALaterCustomerFailsTheEarlierOnesAreRolledBack() {
        // Alice two holds a value that no longer passes validation (written before the rule existed); her
        // update fails after Alice one's succeeded, and that must be undone with it.
        jdbc.template().update("UPDATE " + schema() + ".customer SET email = 'legacy@' WHERE id = ?", alices2.id());
        long auditBefore = auditCount();

        assertThat(Errors.of(() -> runAs.run(acme.admin(),
                () -> customers.bulkSet(List.of(alices1.id(), alices2.id()), "region", "Suzhou"))))
                .containsExactly("email=validation.email");

        runAs.run(acme.admin(), () -> assertThat(customers.get(alices1.id()).get("region")).isNull());
        assertThat(auditCount()).isEqualTo(auditBefore);
    }

    @Test
    void addingATagKeepsExistingTagsAndSkipsCustomersThatHaveIt() {
        long auditBefore = auditCount();

        int changed = runAs.call(alice, () -> customers.bulkAddTag(List.of(alices1.id(), alices2.id()), " vip "));

        assertThat(changed).as("Alice one already is vip").isEqualTo(1);
        runAs.run(alice, () -> {
            assertThat(customers.get(alices1.id()).get("tags")).isEqualTo(List.of("vip"));
            assertThat(customers.get(alices2.id()).get("tags")).isEqualTo(List.of("vip"));
        });
        assertThat(auditCount() - auditBefore).isEqualTo(1);
        assertThat(jdbc.latestChanges(acme.slug())).containsExactly("tags: ∅ -> vip");
    }

    @Test
    void bulkDeleteRemovesEveryCustomerAndAuditsEach() {
        int deleted = runAs.call(alice, () -> customers.bulkDelete(List.of(alices1.id(), alices2.id())));

        assertThat(deleted).isEqualTo(2);
        runAs.run(acme.admin(), () -> assertThat(customers.count(CustomerQuery.all())).isEqualTo(1));
        assertThat(jdbc.auditTrail(acme.slug())).contains("DELETE Customer#" + alices1.id(),
                "DELETE Customer#" + alices2.id());
    }

    @Test
    void viewersHaveNoBulkActions() {
        String viewer = tenants.addUser(acme, Role.VIEWER);
        assertThatThrownBy(() -> runAs.run(viewer, () -> customers.bulkDelete(List.of(alices1.id()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.run(viewer, () -> customers.bulkAddTag(List.of(alices1.id()), "x")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anotherTenantsIdsAreRefused() {
        Company globex = tenants.signUp();
        Customer theirs = runAs.call(globex.admin(), () -> customers.create(Map.of("name", "Globex's")));
        if (theirs.id() != alices1.id() && theirs.id() != alices2.id() && theirs.id() != bobs.id()) {
            assertThatThrownBy(() -> runAs.run(acme.admin(), () -> customers.bulkDelete(List.of(theirs.id()))))
                    .isInstanceOf(NotFoundException.class);
        }
        runAs.run(globex.admin(), () -> assertThat(customers.count(CustomerQuery.all())).isEqualTo(1));
    }

    private long auditCount() {
        return jdbc.count("SELECT count(*) FROM " + schema() + ".audit_event");
    }

    private String schema() {
        return '"' + TenantService.schemaFor(acme.slug()) + '"';
    }
}
