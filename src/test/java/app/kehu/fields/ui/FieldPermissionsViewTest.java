package app.kehu.fields.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import app.kehu.customer.Customer;
import app.kehu.customer.CustomerQuery;
import app.kehu.customer.CustomerService;
import app.kehu.customer.ui.CustomersView;
import app.kehu.fields.FieldAccess;
import app.kehu.fields.FieldDefinition;
import app.kehu.fields.FieldPermissionService;
import app.kehu.security.Role;
import app.kehu.support.KaribuTest;
import app.kehu.support.TestTenants.Company;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An admin changes field permissions in the view; a staff user's grid follows them at once. */
class FieldPermissionsViewTest extends KaribuTest {

    @Autowired
    CustomerService customers;
    @Autowired
    FieldPermissionService permissions;

    Company company;
    String staff;

    @BeforeEach
    void staffWithACustomer() {
        company = tenants.signUp();
        staff = tenants.addUser(company, Role.STAFF);
        runAs.run(staff, () -> customers.create(Map.of("name", "Li Lei", "phone", "13812345678",
                "email", "lilei@example.com")));
    }

    @Test
    void hidingAndMaskingChangeTheStaffGrid() {
        login(company.admin());
        navigate(FieldPermissionsView.class);
        assertThat(byId(Paragraph.class, "admin-rule").getText()).isEqualTo(t("permissions.admin-rule"));
        _setValue(access("email", Role.STAFF), FieldAccess.HIDDEN);
        expectNotifications(t("permissions.saved", t("field.email"), t("role.STAFF"),
                t("permissions.access.HIDDEN")));
        _setValue(masked("phone", Role.STAFF), true);
        expectNotifications(t("permissions.saved", t("field.phone"), t("role.STAFF"), t("permissions.access.EDIT")));

        Grid<Customer> grid = staffGrid();
        assertThat(grid.getColumnByKey("email")).isNull();
        assertThat(_getFormatted(grid, 0, "phone")).isEqualTo("138****5678");
        assertThat(grid.getColumnByKey("phone").isSortable()).isFalse();
    }

    @Test
    void staffUseTheFormWithHiddenAndMaskedFields() {
        runAs.run(company.admin(), () -> {
            permissions.set("owner", Role.STAFF, FieldAccess.HIDDEN, false);
            permissions.set("phone", Role.STAFF, FieldAccess.EDIT, true);
        });
        staffGrid();
        click("add-customer");
        assertThat(_find(Component.class, spec -> spec.withId("field-owner"))).isEmpty();
        _setValue(byId(TextField.class, "field-name"), "Han Meimei");
        click("save-customer");
        expectNotifications(t("customers.saved", "Han Meimei"));

        // Saving Li Lei with the masked phone untouched keeps the real number.
        Customer liLei = runAs.call(staff, () -> customers.list(new CustomerQuery("Li Lei", Map.of(), List.of()),
                0, 1)).getFirst();
        runAs.run(staff, () -> customers.update(liLei.id(), liLei.version(), liLei.values().entrySet().stream()
                .filter(e -> !List.of("createdAt", "updatedAt").contains(e.getKey()))
                .collect(HashMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), HashMap::putAll)));
        assertThat(runAs.call(company.admin(), () -> customers.get(liLei.id())).get("phone"))
                .isEqualTo("13812345678");
    }

    @Test
    void aReadOnlyFieldIsShownButNotEditableInTheStaffsForm() {
        runAs.run(company.admin(), () -> permissions.set("company", Role.STAFF, FieldAccess.READ, false));
        login(staff);
        navigate(CustomersView.class);
        @SuppressWarnings("unchecked")
        Grid<Customer> grid = _get(Grid.class);
        GridKt._doubleClickItem(grid, 0);

        TextField company = byId(TextField.class, "field-company");
        assertThat(company.isReadOnly()).isTrue();
        assertThat(byId(TextField.class, "field-position").isReadOnly()).isFalse();
    }

    @Test
    void aRefusedChangeIsExplained() {
        login(company.admin());
        navigate(FieldPermissionsView.class);
        _setValue(access("name", Role.VIEWER), FieldAccess.HIDDEN);
        expectNotifications(t("validation.permission-name-hidden"));
        assertThat(access("name", Role.VIEWER).getValue()).isEqualTo(FieldAccess.READ);
    }

    @SuppressWarnings("unchecked")
    private Grid<Customer> staffGrid() {
        reopenBrowser();
        login(staff);
        navigate(CustomersView.class);
        return _get(Grid.class);
    }

    /** The cell's select as the grid renders it for the field's row and the role's column. */
    @SuppressWarnings("unchecked")
    private static Select<FieldAccess> access(String field, Role role) {
        return (Select<FieldAccess>) permissionCell(field, role).getComponentAt(0);
    }

    private static Checkbox masked(String field, Role role) {
        return (Checkbox) permissionCell(field, role).getComponentAt(1);
    }

    @SuppressWarnings("unchecked")
    private static HorizontalLayout permissionCell(String field, Role role) {
        Grid<FieldDefinition> grid = _get(FieldPermissionsView.class).grid();
        return (HorizontalLayout) cell(grid, t("role." + role.name()), rowOf(grid, f -> f.key().equals(field)));
    }
}
