package app.kehu.customer.ui;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt.selectByLabel;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNoDialogs;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._getText;
import static org.assertj.core.api.Assertions.assertThat;

import app.kehu.customer.Customer;
import app.kehu.fields.FieldDefinition;
import app.kehu.security.Role;
import app.kehu.support.TestTenants;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Selecting rows and changing them at once: owner, a field, a tag, deletion; each announced with a count. */
class BulkActionsViewTest extends CustomerGridTest {

    @Test
    void theBulkActionsAppearWithASelectionAndCountIt() {
        Grid<Customer> grid = open(company.admin());
        BulkActions bulk = _get(CustomersView.class).bulkActions;
        assertThat(bulk.isVisible()).isFalse();

        select(grid, "Li Lei", "Zhang Wei");

        assertThat(bulk.isVisible()).isTrue();
        assertThat(bulk.selected.getText()).isEqualTo(t("customers.bulk.selected", 2));
    }

    @Test
    void aManagerAssignsAnOwnerToTheSelection() {
        String staff = tenants.addUser(company, Role.STAFF);
        Grid<Customer> grid = open(company.admin());
        select(grid, "Li Lei", "Han Meimei");

        click("bulk-assign-owner");
        @SuppressWarnings("unchecked")
        ComboBox<Object> owner = byId(ComboBox.class, "bulk-value");
        selectByLabel(owner, TestTenants.displayName(Role.STAFF, staff));
        click("bulk-apply");

        _assertNoDialogs();
        expectNotifications(t("customers.bulk.updated", 2));
        assertThat(_getFormatted(grid, row(grid, "Li Lei"), "owner")).isEqualTo(TestTenants.displayName(Role.STAFF, staff));
        assertThat(_getFormatted(grid, row(grid, "Zhang Wei"), "owner")).isEqualTo(company.adminName());
        assertThat(grid.getSelectedItems()).isEmpty();
    }

    @Test
    void settingAFieldOnTheSelectionShowsAnInvalidValueAndChangesNothing() {
        Grid<Customer> grid = open(company.admin());
        select(grid, "Li Lei", "Han Meimei");

        click("bulk-set-field");
        @SuppressWarnings("unchecked")
        ComboBox<FieldDefinition> field = byId(ComboBox.class, "bulk-field");
        selectByLabel(field, t("field.email"));
        _setValue(byId(TextField.class, "bulk-value"), "not an e-mail");
        click("bulk-apply");

        assertThat(errorOf(byId(TextField.class, "bulk-value"))).isEqualTo(t("validation.email"));
        assertThat(_get(Dialog.class).isOpened()).isTrue();

        selectByLabel(field, t("field.region"));
        _setValue(byId(TextField.class, "bulk-value"), "Shenzhen");
        click("bulk-apply");

        expectNotifications(t("customers.bulk.updated", 2));
        assertThat(_getFormatted(grid, row(grid, "Li Lei"), "region")).isEqualTo("Shenzhen");
        assertThat(_getFormatted(grid, row(grid, "Han Meimei"), "region")).isEqualTo("Shenzhen");
        assertThat(_getFormatted(grid, row(grid, "Zhang Wei"), "region")).isEqualTo("Shanghai");
    }

    @Test
    void aTagIsAddedToTheSelection() {
        Grid<Customer> grid = open(company.admin());
        select(grid, "Zhang Wei");

        click("bulk-add-tag");
        _setValue(byId(TextField.class, "bulk-tag"), "重点客户");
        click("bulk-apply");

        expectNotifications(t("customers.bulk.updated", 1));
        assertThat(customer(grid, "Zhang Wei").get("tags")).isEqualTo(List.of("重点客户"));
    }

    @Test
    void deletingTheSelectionAsksWithTheCount() {
        Grid<Customer> grid = open(company.admin());
        select(grid, "Li Lei", "Han Meimei");

        click("bulk-delete");
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(_getText(confirm)).isEqualTo(t("customers.bulk.delete.text", 2));
        _fireConfirm(confirm);

        expectNotifications(t("customers.bulk.deleted", 2));
        assertThat(names(grid)).containsExactly("Zhang Wei");
        assertThat(total()).isEqualTo(t("customers.total", 1));
    }

    @Test
    void aSelectionChangedMeanwhileIsRefusedAsAWhole() {
        Grid<Customer> grid = open(company.admin());
        Customer han = customer(grid, "Han Meimei");
        select(grid, "Li Lei");
        grid.select(han);
        runAs.run(company.admin(), () -> customers.delete(han.id(), han.version()));

        click("bulk-add-tag");
        _setValue(byId(TextField.class, "bulk-tag"), "vip");
        click("bulk-apply");

        expectNotifications(t("customers.bulk.refused"));
        assertThat(customer(grid, "Li Lei").get("tags")).isEqualTo(List.of());
        assertThat(_size(grid)).isEqualTo(2);
    }

    @Test
    void staffCannotAssignOwnersAndViewersHaveNoSelection() {
        String staff = tenants.addUser(company, Role.STAFF);
        runAs.run(staff, () -> customers.create(Map.of("name", "Staff's lead")));
        open(staff);
        _assertNone(Button.class, spec -> spec.withId("bulk-assign-owner"));

        Grid<Customer> grid = open(tenants.addUser(company, Role.VIEWER));
        assertThat(grid.getSelectionMode()).isNotEqualTo(Grid.SelectionMode.MULTI);
        _assertNone(BulkActions.class);
    }
}
