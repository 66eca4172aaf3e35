package app.kehu.customer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.kehu.customer.ColumnFilter;
import app.kehu.customer.Customer;
import app.kehu.customer.CustomerService;
import app.kehu.fields.FieldService;
import app.kehu.fields.FieldSettings;
import app.kehu.fields.FieldType;
import app.kehu.fields.NewField;
import app.kehu.fields.Section;
import app.kehu.fields.SelectOption;
import app.kehu.support.KaribuTest;
import app.kehu.support.TestTenants.Company;
import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.grid.Grid;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Type-aware header filters on custom fields: number ranges, any of a select's options, empty / not empty. */
class HeaderFiltersTest extends KaribuTest {

    @Autowired
    FieldService fields;
    @Autowired
    CustomerService customers;

    Company company;

    @BeforeEach
    void customersWithCustomFields() {
        company = tenants.signUp();
        List<SelectOption> grades = List.of(new SelectOption("A", "A级", "Grade A", "#2e7d32"),
                new SelectOption("B", "B级", "Grade B", "#f9a825"), new SelectOption("C", "C级", "Grade C", null));
        runAs.run(company.admin(), () -> {
            fields.addField(new NewField("tier", FieldType.SINGLE_SELECT,
                    FieldSettings.of("客户等级", "Grade", Section.VALUE).withOptions(grades).withFilterable(true)));
            fields.addField(new NewField("annual", FieldType.MONEY,
                    FieldSettings.of("年度贡献值", "Annual contribution", Section.VALUE)));
            customers.create(Map.of("name", "Big", "tier", "A", "annual", new BigDecimal("150000")));
            customers.create(Map.of("name", "Middle", "tier", "B", "annual", new BigDecimal("60000")));
            customers.create(Map.of("name", "Small", "tier", "C", "annual", new BigDecimal("9000")));
            customers.create(Map.of("name", "Unknown"));
        });
        login(company.admin());
    }

    @Test
    void aNumberRangeIncludesBothEnds() {
        Grid<Customer> grid = openGrid();
        NumberRangeField annual = byId(NumberRangeField.class, "filter-annual");

        _setValue(annual, new ColumnFilter.NumberRange(new BigDecimal("60000"), new BigDecimal("150000")));
        assertThat(names(grid)).containsExactlyInAnyOrder("Big", "Middle");

        _setValue(annual, new ColumnFilter.NumberRange(null, new BigDecimal("59999.99")));
        assertThat(names(grid)).containsExactly("Small");
    }

    @Test
    void aSelectFilterMatchesAnyOfTheChosenOptions() {
        Grid<Customer> grid = openGrid();
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<SelectOption> grade = byId(MultiSelectComboBox.class, "filter-tier");

        _setValue(grade, Set.of(option(grade, "A"), option(grade, "C")));

        assertThat(names(grid)).containsExactlyInAnyOrder("Big", "Small");
    }

    @Test
    void everyColumnCanShowOnlyEmptyOrOnlyFilledInValues() {
        Grid<Customer> grid = openGrid();
        ContextMenu menu = _get(CustomersView.class).filter("tier").emptinessChoices();

        ContextMenuKt._clickItemWithCaption(menu, t("customers.filter.empty"));
        assertThat(names(grid)).containsExactly("Unknown");

        ContextMenuKt._clickItemWithCaption(menu, t("customers.filter.not-empty"));
        assertThat(names(grid)).containsExactlyInAnyOrder("Big", "Middle", "Small");

        ContextMenuKt._clickItemWithCaption(menu, t("customers.filter.by-value"));
        assertThat(names(grid)).hasSize(4);
    }

    private Grid<Customer> openGrid() {
        navigate(CustomersView.class);
        @SuppressWarnings("unchecked")
        Grid<Customer> grid = _get(Grid.class);
        return grid;
    }

    private static SelectOption option(MultiSelectComboBox<SelectOption> box, String value) {
        return box.getListDataView().getItems().filter(o -> o.value().equals(value)).findFirst().orElseThrow();
    }

    private static List<Object> names(Grid<Customer> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i).get("name")).toList();
    }
}
