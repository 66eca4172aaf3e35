package app.kehu.customer.ui;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt.selectByLabel;
import static com.github.mvysny.kaributesting.v10.GridKt._doubleClickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._sortByKey;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNoDialogs;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireCancel;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._getText;
import static org.assertj.core.api.Assertions.assertThat;

import app.kehu.customer.ColumnFilter;
import app.kehu.customer.Customer;
import app.kehu.customer.CustomerService;
import app.kehu.security.Role;
import app.kehu.security.RunAs;
import app.kehu.security.UserService;
import app.kehu.support.KaribuTest;
import app.kehu.support.TestTenants;
import app.kehu.support.TestTenants.Company;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The customer table: finding customers, adding, editing and deleting them, and what viewers may not do. */
class CustomersViewTest extends CustomerGridTest {

    @Test
    void theTableListsTheCompanysCustomersAndTheirCount() {
        Grid<Customer> grid = open(company.admin());

        assertThat(_size(grid)).isEqualTo(3);
        assertThat(names(grid)).containsExactlyInAnyOrder("Li Lei", "Han Meimei", "Zhang Wei");
        assertThat(_getFormatted(grid, row(grid, "Li Lei"), "region")).isEqualTo("Shanghai");
        assertThat(total()).isEqualTo(t("customers.total", 3));
    }

    @Test
    void quickSearchNarrowsTheTable() {
        Grid<Customer> grid = open(company.admin());

        _setValue(byId(TextField.class, "customer-search"), "lianxin");

        assertThat(names(grid)).containsExactly("Li Lei");
        assertThat(total()).isEqualTo(t("customers.total", 1));
    }

    @Test
    void columnFiltersInTheHeaderNarrowTheTableTogether() {
        Grid<Customer> grid = open(company.admin());

        _setValue(byId(TextField.class, "filter-region"), "shanghai");
        assertThat(names(grid)).containsExactlyInAnyOrder("Li Lei", "Zhang Wei");

        _setValue(byId(TextField.class, "filter-company"), "Lian");
        assertThat(names(grid)).containsExactly("Li Lei");

        _setValue(byId(TextField.class, "filter-region"), "");
        _setValue(byId(TextField.class, "filter-company"), "");
        assertThat(_size(grid)).isEqualTo(3);
    }

    @Test
    void sortingByAColumnOrdersTheTable() {
        Grid<Customer> grid = open(company.admin());

        _sortByKey(grid, "name", SortDirection.DESCENDING);

        assertThat(names(grid)).containsExactly("Zhang Wei", "Li Lei", "Han Meimei");
    }

    @Test
    void theCreatedFilterShowsCustomersCreatedWithinADateRange() {
        Grid<Customer> grid = open(company.admin());
        DateRangeField created = byId(DateRangeField.class, "filter-createdAt");

        _setValue(created, new ColumnFilter.DateRange(LocalDate.now().minusDays(1), null));
        assertThat(_size(grid)).isEqualTo(3);

        _setValue(created, new ColumnFilter.DateRange(LocalDate.now().plusDays(7), null));
        assertThat(_size(grid)).isZero();

        _setValue(created, new ColumnFilter.DateRange(null, LocalDate.now().minusDays(1)));
        assertThat(_size(grid)).isZero();
    }

    @Test
    void theOwnerFilterShowsOneSalespersonsCustomers() {
        String staff = tenants.addUser(company, Role.STAFF);
        runAs.run(staff, () -> customers.create(Map.of("name", "Staff's lead")));
        Grid<Customer> grid = open(company.admin());

        @SuppressWarnings("unchecked")
        ComboBox<Object> owner = byId(ComboBox.class, "filter-owner");
        selectByLabel(owner, TestTenants.displayName(Role.STAFF, staff));

        assertThat(names(grid)).containsExactly("Staff's lead");
    }

    @Test
    void anAddedCustomerAppearsInTheTableOwnedByItsCreator() {
        Grid<Customer> grid = open(company.admin());

        click("add-customer");
        _setValue(field("name"), "Wang Fang");
        _setValue(field("phone"), "+86 138 0013 8000");
        click("save-customer");

        _assertNoDialogs();
        expectNotifications(t("customers.saved", "Wang Fang"));
        assertThat(_size(grid)).isEqualTo(4);
        assertThat(_getFormatted(grid, row(grid, "Wang Fang"), "phone")).isEqualTo("+86 138 0013 8000");
        assertThat(_getFormatted(grid, row(grid, "Wang Fang"), "owner")).isEqualTo(company.adminName());
    }

    @Test
    void editingACustomerShowsTheirValuesAndSavesTheChange() {
        Grid<Customer> grid = open(company.admin());

        _doubleClickItem(grid, row(grid, "Li Lei"));
        assertThat(field("name").getValue()).isEqualTo("Li Lei");
        assertThat(field("region").getValue()).isEqualTo("Shanghai");
        _setValue(field("region"), "Hangzhou");
        click("save-customer");

        _assertNoDialogs();
        expectNotifications(t("customers.saved", "Li Lei"));
        assertThat(_getFormatted(grid, row(grid, "Li Lei"), "region")).isEqualTo("Hangzhou");
    }

    @Test
    void malformedValuesAreShownNextToTheirFieldsAndNothingIsSaved() {
        Grid<Customer> grid = open(company.admin());
        long id = customer(grid, "Li Lei").id();

        _click(rowAction(grid, "Li Lei", "customers.edit"));
        _setValue(field("name"), " ");
        _setValue(field("email"), "lilei@");
        _setValue(field("phone"), "call me");
        click("save-customer");

        assertThat(errorOf(field("name"))).isEqualTo(t("validation.required"));
        assertThat(errorOf(field("email"))).isEqualTo(t("validation.email"));
        assertThat(errorOf(field("phone"))).isEqualTo(t("validation.phone"));
        assertThat(errorOf(field("region"))).isNull();
        assertThat(_get(Dialog.class).isOpened()).isTrue();
        Customer stored = runAs.call(company.admin(), () -> customers.get(id));
        assertThat(stored.values()).containsEntry("name", "Li Lei").containsEntry("email", "lilei@example.com")
                .containsEntry("phone", null);
    }

    @Test
    void theTableStillNamesADeactivatedSalespersonAsOwner() {
        String staff = tenants.addUser(company, Role.STAFF);
        leadOfDeactivated(staff);
        Grid<Customer> grid = open(company.admin());

        assertThat(_getFormatted(grid, row(grid, "Staff's lead"), "owner"))
                .isEqualTo(TestTenants.displayName(Role.STAFF, staff));
    }

    @Test
    void editingACustomerOfADeactivatedSalespersonKeepsThemAsOwner() {
        Customer lead = leadOfDeactivated(tenants.addUser(company, Role.STAFF));
        Grid<Customer> grid = open(company.admin());

        _doubleClickItem(grid, row(grid, "Staff's lead"));
        _setValue(field("region"), "Shenzhen");
        click("save-customer");

        expectNotifications(t("customers.saved", "Staff's lead"));
        assertThat(runAs.call(company.admin(), () -> customers.get(lead.id())).values())
                .containsEntry("region", "Shenzhen").containsEntry("owner", lead.get("owner"));
    }

    @Test
    void deletingACustomerAsksFirst() {
        Grid<Customer> grid = open(company.admin());

        _click(rowAction(grid, "Han Meimei", "customers.delete"));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(_getText(confirm)).isEqualTo(t("customers.delete.text", "Han Meimei"));
        _fireCancel(confirm);
        assertThat(_size(grid)).as("cancelled").isEqualTo(3);

        _click(rowAction(grid, "Han Meimei", "customers.delete"));
        _fireConfirm(_get(ConfirmDialog.class));

        expectNotifications(t("customers.deleted", "Han Meimei"));
        assertThat(names(grid)).containsExactlyInAnyOrder("Li Lei", "Zhang Wei");
        assertThat(total()).isEqualTo(t("customers.total", 2));
    }

    @Test
    void staffSeeOnlyTheirCustomersAndCannotHandThemOver() {
        String staff = tenants.addUser(company, Role.STAFF);
        runAs.run(staff, () -> customers.create(Map.of("name", "Staff's lead")));
        Grid<Customer> grid = open(staff);

        assertThat(names(grid)).containsExactly("Staff's lead");
        _doubleClickItem(grid, 0);
        assertThat(byId(ComboBox.class, "field-owner").isReadOnly()).isTrue();
        _setValue(field("industry"), "Retail");
        click("save-customer");

        expectNotifications(t("customers.saved", "Staff's lead"));
        assertThat(_getFormatted(grid, 0, "industry")).isEqualTo("Retail");
    }

    @Test
    void viewersSeeTheTableButNothingToChangeIt() {
        String viewer = tenants.addUser(company, Role.VIEWER);
        Grid<Customer> grid = open(viewer);

        assertThat(_size(grid)).isEqualTo(3);
        _assertNone(Button.class, spec -> spec.withId("add-customer"));
        assertThat(grid.getColumns()).extracting(Grid.Column::getKey).doesNotContainNull()
                .hasSize(customers.fields().size());
        _doubleClickItem(grid, 0);
        _assertNoDialogs();
        assertView(CustomerPageView.class); // a reader's double-click opens the page instead of the editor
    }

    @Test
    void theRowActionOpensTheCustomersPageWithItsMainFields() {
        Grid<Customer> grid = open(company.admin());

        _click(rowAction(grid, "Li Lei", "customers.open-page"));

        assertView(CustomerPageView.class);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Li Lei · Kehu");
        assertThat(_get(Div.class, spec -> spec.withId("customer-summary"))
                .getElement().getTextRecursively()).contains("Lianxin", "Shanghai", "lilei@example.com");
    }

    @Test
    void aStaleEditIsRefusedWithTheConflictMessageAndCanBeRedoneOnTheLatestVersion() {
        String manager = tenants.addUser(company, Role.MANAGER);
        Grid<Customer> grid = open(company.admin());
        long id = customer(grid, "Li Lei").id();
        _doubleClickItem(grid, row(grid, "Li Lei"));

        runAs.run(manager, () -> customers.update(id, customers.get(id).version(), Map.of("region", "Hangzhou")));
        _setValue(field("name"), "Li Lei (VIP)");
        click("save-customer");

        Span conflict = _get(Span.class, spec -> spec.withClasses("conflict-message"));
        assertThat(conflict.getElement().getTextRecursively()).contains(t("customers.conflict"));
        expectNotifications(t("customers.conflict"));
        assertThat(field("name").getValue()).as("the user's input stays").isEqualTo("Li Lei (VIP)");
        assertThat(runAs.call(company.admin(), () -> customers.get(id)).values())
                .containsEntry("name", "Li Lei").containsEntry("region", "Hangzhou");

        click("reload-customer");
        assertThat(field("region").getValue()).isEqualTo("Hangzhou");
        assertThat(field("name").getValue()).isEqualTo("Li Lei");
        assertThat(conflict.isVisible()).isFalse();

        _setValue(field("name"), "Li Lei (VIP)");
        click("save-customer");
        _assertNoDialogs();
        assertThat(runAs.call(company.admin(), () -> customers.get(id)).values())
                .containsEntry("name", "Li Lei (VIP)").containsEntry("region", "Hangzhou");
    }

    @Test
    void savingACustomerSomeoneElseDeletedMeanwhileSaysSoAndDropsTheRow() {
        Grid<Customer> grid = open(company.admin());
        Customer zhang = customer(grid, "Zhang Wei");
        _doubleClickItem(grid, row(grid, "Zhang Wei"));

        runAs.run(company.admin(), () -> customers.delete(zhang.id(), zhang.version()));
        _setValue(field("region"), "Suzhou");
        click("save-customer");

        _assertNoDialogs();
        expectNotifications(t("customers.deleted-meanwhile"));
        assertThat(names(grid)).containsExactlyInAnyOrder("Li Lei", "Han Meimei");
    }

    @Test
    void chineseSpeakingUsersSeeTheTableInChinese() {
        login(company.admin());
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);

        navigate(CustomersView.class);
        Grid<?> grid = _get(Grid.class);

        assertThat(byId(Button.class, "add-customer").getText()).isEqualTo("新增客户");
        assertThat(byId(TextField.class, "customer-search").getPlaceholder()).isEqualTo("搜索姓名、电话、邮箱、企业");
        assertThat(total()).isEqualTo("共 3 位客户");
        assertThat(_size(grid)).isEqualTo(3);
    }
}
