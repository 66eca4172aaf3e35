package app.kehu.customer.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import app.kehu.customer.Customer;
import app.kehu.customer.CustomerService;
import app.kehu.security.UserService;
import app.kehu.support.KaribuTest;
import app.kehu.support.TestTenants.Company;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/** A company with customers and the ways tests of the customer table look at it. */
abstract class CustomerGridTest extends KaribuTest {

    @Autowired
    CustomerService customers;
    @Autowired
    UserService users;

    Company company;

    /** Three customers of a new company, all owned by its admin. */
    @BeforeEach
    void threeCustomers() {
        company = tenants.signUp();
        create("name", "Li Lei", "company", "Lianxin", "region", "Shanghai", "email", "lilei@example.com");
        create("name", "Han Meimei", "company", "Huaxia", "region", "Beijing");
        create("name", "Zhang Wei", "region", "Shanghai");
    }

    void create(String... pairs) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        runAs.run(company.admin(), () -> customers.create(values));
    }

    /** A customer whose salesperson has left: deactivated users keep their customers. */
    Customer leadOfDeactivated(String staff) {
        Customer lead = runAs.call(staff, () -> customers.create(Map.of("name", "Staff's lead")));
        runAs.run(company.admin(), () -> users.setActive((Long) lead.get("owner"), false));
        return lead;
    }

    @SuppressWarnings("unchecked")
    Grid<Customer> open(String email) {
        reopenBrowser();
        login(email);
        navigate(CustomersView.class);
        return _get(Grid.class);
    }

    static String total() {
        return _get(CustomersView.class).total.getText();
    }

    static TextField field(String key) {
        return byId(TextField.class, "field-" + key);
    }

    static List<Object> names(Grid<Customer> grid) {
        return _findAll(grid).stream().map(c -> c.get("name")).toList();
    }

    static int row(Grid<Customer> grid, String name) {
        return rowOf(grid, c -> name.equals(c.get("name")));
    }

    /** Ticks the rows of the customers, as a user does in the grid's selection column. */
    static void select(Grid<Customer> grid, String... names) {
        for (String name : names) {
            grid.select(customer(grid, name));
        }
    }

    static Customer customer(Grid<Customer> grid, String name) {
        return _findAll(grid).get(row(grid, name));
    }

    static Button rowAction(Grid<Customer> grid, String name, String labelKey) {
        Component actions = cell(grid, t("common.actions"), row(grid, name));
        return _get(actions, Button.class, spec -> spec.withAttribute("aria-label", t(labelKey)));
    }
}
