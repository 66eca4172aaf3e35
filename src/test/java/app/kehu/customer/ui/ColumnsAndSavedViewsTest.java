package app.kehu.customer.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._sortByKey;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import app.kehu.customer.Customer;
import app.kehu.customer.SavedView;
import app.kehu.security.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The column chooser, and saving the grid's arrangement as a named view that reopens next time. */
class ColumnsAndSavedViewsTest extends CustomerGridTest {

    @Test
    void theColumnChooserHidesAndShowsColumns() {
        Grid<Customer> grid = open(company.admin());
        ColumnChooser chooser = _get(ColumnChooser.class);
        assertThat(chooser.getText()).isEqualTo(t("customers.columns"));
        assertThat(chooser.columns.getValue()).contains("phone", "email", "region");

        Set<String> visible = new HashSet<>(chooser.columns.getValue());
        visible.remove("phone");
        visible.remove("email");
        _setValue(chooser.columns, visible);

        assertThat(grid.getColumnByKey("phone").isVisible()).isFalse();
        assertThat(grid.getColumnByKey("email").isVisible()).isFalse();
        assertThat(grid.getColumnByKey("region").isVisible()).isTrue();
        assertThat(grid.getColumns()).allSatisfy(c -> assertThat(c.isResizable() || c.getKey() == null).isTrue());

        visible.add("phone");
        _setValue(chooser.columns, visible);
        assertThat(grid.getColumnByKey("phone").isVisible()).isTrue();
    }

    @Test
    void theLastColumnCannotBeHidden() {
        Grid<Customer> grid = open(company.admin());
        ColumnChooser chooser = _get(ColumnChooser.class);

        _setValue(chooser.columns, Set.of());

        assertThat(grid.getColumnByKey("name").isVisible()).isTrue();
        assertThat(chooser.columns.getValue()).isNotEmpty();
    }

    @Test
    void aSavedViewReopensWithItsColumnsFiltersSearchAndSortWhenTheUserComesBack() {
        Grid<Customer> grid = open(company.admin());
        ColumnChooser chooser = _get(ColumnChooser.class);
        Set<String> visible = new HashSet<>(chooser.columns.getValue());
        visible.remove("phone");
        _setValue(chooser.columns, visible);
        _setValue(byId(TextField.class, "filter-region"), "shanghai");
        _sortByKey(grid, "name", SortDirection.DESCENDING);
        grid.setColumnOrder(reordered(grid, "region"));

        click("save-view");
        _setValue(byId(TextField.class, "view-name"), "上海客户");
        assertThat(byId(Checkbox.class, "view-shared").isVisible()).as("admins may share").isTrue();
        click("view-name-save");
        expectNotifications(t("views.saved", "上海客户"));

        Grid<Customer> reopened = open(company.admin());

        assertThat(names(reopened)).containsExactly("Zhang Wei", "Li Lei");
        assertThat(byId(TextField.class, "filter-region").getValue()).isEqualTo("shanghai");
        assertThat(reopened.getColumnByKey("phone").isVisible()).isFalse();
        assertThat(_get(ColumnChooser.class).columns.getValue()).doesNotContain("phone").contains("email");
        assertThat(reopened.getColumns().getFirst().getKey()).isEqualTo("region");
        assertThat(selector().getValue().name()).isEqualTo("上海客户");
    }

    @Test
    void choosingAViewAppliesItAndClearingTheChoiceStartsPlainNextTime() {
        open(company.admin());
        _setValue(byId(TextField.class, "customer-search"), "lianxin");
        click("save-view");
        _setValue(byId(TextField.class, "view-name"), "Lianxin");
        click("view-name-save");
        _setValue(byId(TextField.class, "customer-search"), "");

        Grid<Customer> grid = open(company.admin());
        assertThat(names(grid)).containsExactly("Li Lei");
        _setValue(selector(), null);

        grid = open(company.admin());
        assertThat(names(grid)).hasSize(3);
        _setValue(selector(), selector().getListDataView().getItems().findFirst().orElseThrow());
        assertThat(names(grid)).containsExactly("Li Lei");
        assertThat(byId(TextField.class, "customer-search").getValue()).isEqualTo("lianxin");
    }

    @Test
    void aBlankOrTakenNameIsShownAtTheNameField() {
        open(company.admin());
        click("save-view");
        click("view-name-save");
        assertThat(errorOf(byId(TextField.class, "view-name"))).isEqualTo(t("validation.required"));
        _setValue(byId(TextField.class, "view-name"), "Mine");
        click("view-name-save");

        click("save-view");
        _setValue(byId(TextField.class, "view-name"), "Mine");
        click("view-name-save");
        assertThat(errorOf(byId(TextField.class, "view-name"))).isEqualTo(t("validation.view-name-taken"));
    }

    @Test
    void staffUseSharedViewsButCannotShareRenameOrDeleteThem() {
        open(company.admin());
        click("save-view");
        _setValue(byId(TextField.class, "view-name"), "Team");
        _setValue(byId(Checkbox.class, "view-shared"), true);
        click("view-name-save");

        open(tenants.addUser(company, Role.STAFF));
        assertThat(selector().getListDataView().getItems().map(SavedView::name)).containsExactly("Team");
        _setValue(selector(), selector().getListDataView().getItems().findFirst().orElseThrow());
        assertThat(byId(Button.class, "rename-view").isEnabled()).isFalse();
        assertThat(byId(Button.class, "delete-view").isEnabled()).isFalse();
        click("save-view");
        _assertNone(Checkbox.class, spec -> spec.withId("view-shared"));
    }

    @Test
    void ownersRenameAndDeleteTheirViews() {
        open(company.admin());
        click("save-view");
        _setValue(byId(TextField.class, "view-name"), "Draft");
        click("view-name-save");

        click("rename-view");
        _setValue(byId(TextField.class, "view-name"), "Final");
        click("view-name-save");
        assertThat(selector().getValue().name()).isEqualTo("Final");

        click("delete-view");
        _fireConfirm(_get(ConfirmDialog.class));
        assertThat(selector().getValue()).isNull();
        assertThat(selector().getListDataView().getItems()).isEmpty();
    }

    @Test
    void chineseSpeakingUsersSeeTheNewToolsInChinese() {
        reopenBrowser();
        login(company.admin());
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        navigate(CustomersView.class);
        select(_get(CustomersView.class).grid, "Li Lei");

        assertThat(_get(ColumnChooser.class).getText()).isEqualTo("列设置");
        assertThat(byId(Button.class, "bulk-assign-owner").getText()).isEqualTo("分配负责人");
        assertThat(byId(Button.class, "bulk-add-tag").getText()).isEqualTo("添加标签");
        assertThat(byId(Button.class, "save-view").getElement().getAttribute("aria-label")).isEqualTo("保存视图");
        click("save-view");
        assertThat(byId(Checkbox.class, "view-shared").getLabel()).isEqualTo("共享给全公司");
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<SavedView> selector() {
        return byId(ComboBox.class, "view-selector");
    }

    private static List<Grid.Column<Customer>> reordered(Grid<Customer> grid, String firstKey) {
        List<Grid.Column<Customer>> order = new ArrayList<>(grid.getColumns());
        Grid.Column<Customer> first = grid.getColumnByKey(firstKey);
        order.remove(first);
        order.addFirst(first);
        return order;
    }
}
