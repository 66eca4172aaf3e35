package app.kehu.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kehu.customer.CustomerQuery.SortKey;
import app.kehu.fields.FieldDefinition;
import app.kehu.security.Role;
import app.kehu.support.IntegrationTest;
import app.kehu.support.TestTenants.Company;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The grid's questions: quick search, a filter per column, sorting on every column, paging. */
class CustomerQueryTest extends IntegrationTest {

    @Autowired
    CustomerService customers;

    Company company;
    long staffId;

    @BeforeEach
    void customers() {
        company = tenants.signUp();
        String staff = tenants.addUser(company, Role.STAFF);
        staffId = (Long) runAs.call(staff, () -> customers.create(Map.of("name", "Zhao Lei", "company",
                "Blue Harbor Foods", "tags", List.of("VIP"))).get("owner"));
        runAs.run(company.admin(), () -> {
            customers.create(Map.of("name", "王芳", "phone", "13912345678", "company", "杭州联信科技有限公司",
                    "region", "杭州", "tags", List.of("重点客户", "需回访")));
            customers.create(Map.of("name", "Emma Wilson", "email", "emma@northwind.example", "region", "上海"));
            customers.create(Map.of("name", "100% Real_Name", "region", "北京"));
        });
    }

    @Test
    void quickSearchLooksAtNamePhoneEmailAndCompany() {
        assertThat(names(new CustomerQuery("1391234", Map.of(), List.of()))).containsExactly("王芳");
        assertThat(names(new CustomerQuery("NORTHWIND", Map.of(), List.of()))).containsExactly("Emma Wilson");
        assertThat(names(new CustomerQuery("联信", Map.of(), List.of()))).containsExactly("王芳");
        assertThat(names(new CustomerQuery("harbor", Map.of(), List.of()))).containsExactly("Zhao Lei");
    }

    @Test
    void searchTextIsNotAPattern() {
        assertThat(names(new CustomerQuery("100%", Map.of(), List.of()))).containsExactly("100% Real_Name");
        assertThat(names(new CustomerQuery("Rea__Name", Map.of(), List.of()))).as("_ is no wildcard").isEmpty();
    }

    @Test
    void columnFiltersCombine() {
        assertThat(names(new CustomerQuery(null, Map.of("region", new ColumnFilter.Contains("杭")), List.of())))
                .containsExactly("王芳");
        assertThat(names(new CustomerQuery(null, Map.of("tags", new ColumnFilter.Contains("回访")), List.of())))
                .containsExactly("王芳");
        assertThat(names(new CustomerQuery(null, Map.of("owner", new ColumnFilter.Equals(staffId)), List.of())))
                .containsExactly("Zhao Lei");
        assertThat(names(new CustomerQuery(null, Map.of("region", new ColumnFilter.Contains("上"), "name",
                new ColumnFilter.Contains("emma")), List.of()))).containsExactly("Emma Wilson");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(names(new CustomerQuery(null, Map.of("createdAt", new ColumnFilter.DateRange(today.minusDays(1),
                today.plusDays(1))), List.of()))).hasSize(4);
        assertThat(names(new CustomerQuery(null, Map.of("createdAt", new ColumnFilter.DateRange(today.plusDays(1),
                null)), List.of()))).isEmpty();
    }

    @Test
    void everyColumnSortsBothWays() {
        runAs.run(company.admin(), () -> {
            for (FieldDefinition field : customers.fields()) {
                for (boolean ascending : List.of(true, false)) {
                    List<Customer> page = customers.list(new CustomerQuery(null, Map.of(),
                            List.of(new SortKey(field.key(), ascending))), 0, 10);
                    assertThat(page).as(field.key()).hasSize(4);
                }
            }
        });
        List<Object> ascending = names(new CustomerQuery(null, Map.of(), List.of(new SortKey("name", true))));
        List<Object> descending = names(new CustomerQuery(null, Map.of(), List.of(new SortKey("name", false))));
        assertThat(descending).isEqualTo(ascending.reversed());
        assertThat(names(new CustomerQuery(null, Map.of(), List.of(new SortKey("region", true)))).getLast())
                .as("customers without a region come last").isEqualTo("Zhao Lei");
    }

    @Test
    void pagesDoNotOverlap() {
        CustomerQuery byName = new CustomerQuery(null, Map.of(), List.of(new SortKey("name", true)));
        List<Object> first = runAs.call(company.admin(), () -> customers.list(byName, 0, 2).stream()
                .map(c -> c.get("name")).toList());
        List<Object> second = runAs.call(company.admin(), () -> customers.list(byName, 2, 2).stream()
                .map(c -> c.get("name")).toList());
        assertThat(first).hasSize(2).doesNotContainAnyElementsOf(second);
        assertThat(second).hasSize(2);
    }

    @Test
    void filtersAndSortsOnUnknownFieldsAreRefusedBeforeAnySql() {
        runAs.run(company.admin(), () -> {
            assertThatThrownBy(() -> customers.list(new CustomerQuery(null,
                    Map.of("name\" OR 1=1 --", new ColumnFilter.Contains("x")), List.of()), 0, 10))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> customers.list(new CustomerQuery(null, Map.of(),
                    List.of(new SortKey("id; DROP TABLE customer", true))), 0, 10))
                    .isInstanceOf(IllegalArgumentException.class);
        });
    }

    private List<Object> names(CustomerQuery query) {
        return runAs.call(company.admin(), () -> customers.list(query, 0, 50).stream().map(c -> c.get("name"))
                .toList());
    }
}
