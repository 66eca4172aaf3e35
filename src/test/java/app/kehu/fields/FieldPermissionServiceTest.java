package app.kehu.fields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kehu.customer.CustomerService;
import app.kehu.security.Role;
import app.kehu.support.Errors;
import app.kehu.support.IntegrationTest;
import app.kehu.support.TestTenants.Company;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Only admins change field permissions, validated and audited; admins are never restricted; tenants stay apart. */
class FieldPermissionServiceTest extends IntegrationTest {

    @Autowired
    FieldPermissionService permissions;
    @Autowired
    CustomerService customers;

    Company company;

    @BeforeEach
    void company() {
        company = tenants.signUp();
    }

    @Test
    void withoutRowsEditorsEditAndViewersRead() {
        List<FieldPermission> all = runAs.call(company.admin(), permissions::list);
        assertThat(all).filteredOn(p -> p.fieldKey().equals("phone")).extracting(FieldPermission::access)
                .containsExactly(FieldAccess.EDIT, FieldAccess.EDIT, FieldAccess.EDIT, FieldAccess.READ);
    }

    @Test
    void onlyAdminsChangePermissions() {
        for (Role role : List.of(Role.MANAGER, Role.STAFF, Role.VIEWER)) {
            String user = tenants.addUser(company, role);
            assertThatThrownBy(() -> runAs.run(user, () -> permissions.set("phone", Role.STAFF, FieldAccess.HIDDEN,
                    false))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.run(user, permissions::list)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void changesAreValidated() {
        runAs.run(company.admin(), () -> {
            assertThat(Errors.of(() -> permissions.set("name", Role.STAFF, FieldAccess.HIDDEN, false)))
                    .containsExactlyInAnyOrder("name=validation.permission-name-hidden",
                            "access=validation.permission-required-field");
            assertThat(Errors.of(() -> permissions.set("name", Role.STAFF, FieldAccess.READ, false)))
                    .as("staff must be able to fill in a required field without default")
                    .containsExactly("access=validation.permission-required-field");
            assertThat(Errors.of(() -> permissions.set("name", Role.VIEWER, FieldAccess.READ, false))).isEmpty();
            assertThat(Errors.of(() -> permissions.set("company", Role.STAFF, FieldAccess.READ, true)))
                    .containsExactly("company=validation.permission-mask-type");
            assertThat(Errors.of(() -> permissions.set("phone", Role.ADMIN, FieldAccess.HIDDEN, false)))
                    .containsExactly("role=validation.permission-admin");
            assertThat(Errors.of(() -> permissions.set("phone", Role.VIEWER, FieldAccess.EDIT, false)))
                    .containsExactly("access=validation.permission-viewer");
            assertThat(Errors.of(() -> permissions.set("nope", Role.STAFF, FieldAccess.READ, false)))
                    .containsExactly("nope=validation.unknown-field");
        });
    }

    @Test
    void changesAreAuditedWithBeforeAndAfter() {
        runAs.run(company.admin(), () -> permissions.set("phone", Role.STAFF, FieldAccess.READ, true));
        assertThat(jdbc.auditActions(company.slug())).last().isEqualTo("UPDATE FieldPermission");
        assertThat(jdbc.latestChanges(company.slug())).containsExactly("permission.access: EDIT -> READ",
                "permission.masked: false -> true");
        runAs.run(company.admin(), () -> permissions.set("phone", Role.STAFF, FieldAccess.HIDDEN, true));
        assertThat(jdbc.latestChanges(company.slug())).containsExactly("permission.access: READ -> HIDDEN");
    }

    @Test
    void aChangeTakesEffectAtOnceAndOnlyInItsTenant() {
        Company other = tenants.signUp();
        String staff = tenants.addUser(company, Role.STAFF);
        String otherStaff = tenants.addUser(other, Role.STAFF);
        assertThat(runAs.call(staff, customers::fields)).extracting(FieldDefinition::key).contains("phone");
        runAs.run(company.admin(), () -> permissions.set("phone", Role.STAFF, FieldAccess.HIDDEN, false));
        assertThat(runAs.call(staff, customers::fields)).extracting(FieldDefinition::key).doesNotContain("phone");
        assertThat(runAs.call(otherStaff, customers::fields)).extracting(FieldDefinition::key).contains("phone");
        assertThat(runAs.call(company.admin(), customers::fields)).extracting(FieldDefinition::key)
                .contains("phone");
        runAs.run(staff, () -> customers.create(Map.of("name", "张三")));
    }
}
