package app.kehu.fields;

import static org.assertj.core.api.Assertions.assertThat;

import app.kehu.customer.ColumnFilter;
import app.kehu.customer.Customer;
import app.kehu.customer.CustomerQuery;
import app.kehu.customer.CustomerQuery.SortKey;
import app.kehu.customer.CustomerService;
import app.kehu.support.Errors;
import app.kehu.support.IntegrationTest;
import app.kehu.support.TestTenants.Company;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A field's type changes only where every stored value survives: otherwise the admin sees the values in the way
 * and nothing changes. A safe change converts the column in place and keeps every value.
 */
class TypeChangeTest extends IntegrationTest {

    private static final List<SelectOption> SIZES = List.of(new SelectOption("S", "小", "Small", null),
            new SelectOption("M", "中", "Medium", null), new SelectOption("L", "大", "Large", null));

    @Autowired
    FieldService fields;
    @Autowired
    CustomerService customers;

    Company company;

    @BeforeEach
    void company() {
        company = tenants.signUp();
    }

    @Test
    void aLossyChangeIsRefusedWithTheBlockingValuesAndChangesNothing() {
        FieldDefinition employees = add("employees", FieldType.TEXT, base());
        List<Customer> rows = createWith("employees", "12", "abc", " 7 ", "abc", "3.5", null);

        assertThat(detail(() -> fields.changeType("employees", employees.version(), FieldType.INTEGER,
                employees.settings()))).isEqualTo("type=fields.error.type-change-blocked [3, “abc” ×2; “3.5” ×1]");
        assertThat(jdbc.columnType(company.slug(), "cf_employees")).isEqualTo("text");
        assertThat(asAdmin(() -> customers.get(rows.get(1).id())).get("employees")).isEqualTo("abc");
        assertThat(asAdmin(() -> fields.field("employees")).type()).isEqualTo(FieldType.TEXT);
    }

    @Test
    void aSafeChangeConvertsTheColumnAndKeepsEveryValue() {
        FieldDefinition employees = add("employees", FieldType.TEXT, base().withDefault("5"));
        List<Customer> rows = createWith("employees", "12", " 7 ", "120", null);

        FieldDefinition integer = asAdmin(() -> fields.changeType("employees", employees.version(), FieldType.INTEGER,
                employees.settings().withFilterable(true)));
        assertThat(integer.type()).isEqualTo(FieldType.INTEGER);
        assertThat(integer.defaultValue()).as("the default converts too").isEqualTo(5L);
        assertThat(jdbc.columnType(company.slug(), "cf_employees")).isEqualTo("bigint");
        assertThat(jdbc.indexDefinition(company.slug(), integer.filterIndex())).isNotNull();
        assertThat(rows).extracting(c -> asAdmin(() -> customers.get(c.id())).get("employees"))
                .containsExactly(12L, 7L, 120L, null);
        assertThat(names(new CustomerQuery(null, Map.of(), List.of(new SortKey("employees", true)))))
                .as("sorted as numbers now").containsExactly("c2", "c1", "c3", "c4");
        assertThat(names(new CustomerQuery(null, Map.of("employees", new ColumnFilter.NumberRange(
                BigDecimal.TEN, null)), List.of()))).containsExactlyInAnyOrder("c1", "c3");
    }

    @Test
    void numbersChangeOnlyWhereTheyFitExactly() {
        FieldDefinition rate = add("rate", FieldType.DECIMAL, base());
        createWith("rate", new BigDecimal("1.125"), new BigDecimal("2.5"));
        assertThat(detail(() -> fields.changeType("rate", rate.version(), FieldType.MONEY, rate.settings())))
                .isEqualTo("type=fields.error.type-change-blocked [1, “1.125000” ×1]");
        assertThat(detail(() -> fields.changeType("rate", rate.version(), FieldType.INTEGER, rate.settings())))
                .startsWith("type=fields.error.type-change-blocked [2, ");
        FieldDefinition percent = asAdmin(() -> fields.changeType("rate", rate.version(), FieldType.PERCENT,
                rate.settings()));
        assertThat(jdbc.columnType(company.slug(), "cf_rate")).isEqualTo("numeric(9,4)");

        FieldDefinition count = add("count", FieldType.INTEGER, base());
        createWith("count", 3L, 100_000_000_000L);
        assertThat(detail(() -> fields.changeType("count", count.version(), FieldType.PERCENT, count.settings())))
                .isEqualTo("type=fields.error.type-change-blocked [1, “100000000000” ×1]");
        asAdmin(() -> fields.changeType("count", count.version(), FieldType.MONEY, count.settings()));
        assertThat(percent.type()).isEqualTo(FieldType.PERCENT);
    }

    @Test
    void textBecomesASelectWhenEveryValueIsAnOptionAndSelectsChangeBetweenSingleAndMulti() {
        FieldDefinition size = add("size", FieldType.TEXT, base());
        List<Customer> rows = createWith("size", "S", "M", "XL", null);
        assertThat(detail(() -> fields.changeType("size", size.version(), FieldType.SINGLE_SELECT,
                size.settings().withOptions(SIZES)))).isEqualTo("type=fields.error.type-change-blocked [1, “XL” ×1]");
        asAdmin(() -> customers.update(rows.get(2).id(), rows.get(2).version(), Map.of("size", "L")));

        FieldDefinition single = asAdmin(() -> fields.changeType("size", size.version(), FieldType.SINGLE_SELECT,
                size.settings().withOptions(SIZES)));
        FieldDefinition multi = asAdmin(() -> fields.changeType("size", single.version(), FieldType.MULTI_SELECT,
                single.settings()));
        assertThat(jdbc.columnType(company.slug(), "cf_size")).isEqualTo("text[]");
        assertThat(asAdmin(() -> customers.get(rows.get(0).id())).get("size")).isEqualTo(List.of("S"));
        assertThat(asAdmin(() -> customers.get(rows.get(3).id())).get("size")).isEqualTo(List.of());

        Customer both = asAdmin(() -> customers.update(rows.get(1).id(), rows.get(1).version(),
                Map.of("size", List.of("M", "L"))));
        assertThat(detail(() -> fields.changeType("size", multi.version(), FieldType.SINGLE_SELECT, multi.settings())))
                .isEqualTo("type=fields.error.type-change-blocked [1, “M, L” ×1]");
        asAdmin(() -> customers.update(both.id(), both.version(), Map.of("size", List.of("M"))));
        asAdmin(() -> fields.changeType("size", multi.version(), FieldType.SINGLE_SELECT, multi.settings()));
        assertThat(asAdmin(() -> customers.get(both.id())).get("size")).isEqualTo("M");
    }

    @Test
    void textBecomesAnEmailOrADateOnlyWhenEveryValueIsOne() {
        FieldDefinition contact = add("contact", FieldType.TEXT, base());
        createWith("contact", "li.na@example.cn", "call her");
        assertThat(detail(() -> fields.changeType("contact", contact.version(), FieldType.EMAIL, contact.settings())))
                .isEqualTo("type=fields.error.type-change-blocked [1, “call her” ×1]");

        FieldDefinition met = add("met", FieldType.TEXT, base());
        List<Customer> rows = createWith("met", "2026-02-28", "2026-02-30", "next week");
        assertThat(detail(() -> fields.changeType("met", met.version(), FieldType.DATE, met.settings())))
                .contains("[2, ").contains("“2026-02-30” ×1").contains("“next week” ×1");
        asAdmin(() -> customers.update(rows.get(1).id(), rows.get(1).version(), Map.of("met", "2026-03-01")));
        asAdmin(() -> customers.update(rows.get(2).id(), rows.get(2).version(), Map.of("met", "")));
        asAdmin(() -> fields.changeType("met", met.version(), FieldType.DATE, met.settings()));
        assertThat(asAdmin(() -> customers.get(rows.get(1).id())).get("met")).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void aDateTimeBecomesADateOnlyAtMidnightAndADateAlwaysBecomesADateTime() {
        FieldDefinition signed = add("signed", FieldType.DATETIME, base());
        List<Customer> rows = createWith("signed", Instant.parse("2026-01-05T00:00:00Z"),
                Instant.parse("2026-01-06T09:30:00Z"));
        assertThat(detail(() -> fields.changeType("signed", signed.version(), FieldType.DATE, signed.settings())))
                .startsWith("type=fields.error.type-change-blocked [1, ");
        asAdmin(() -> customers.update(rows.get(1).id(), rows.get(1).version(),
                Map.of("signed", Instant.parse("2026-01-06T00:00:00Z"))));
        FieldDefinition date = asAdmin(() -> fields.changeType("signed", signed.version(), FieldType.DATE,
                signed.settings()));
        assertThat(asAdmin(() -> customers.get(rows.get(1).id())).get("signed")).isEqualTo(LocalDate.of(2026, 1, 6));
        asAdmin(() -> fields.changeType("signed", date.version(), FieldType.DATETIME, date.settings()));
        assertThat(asAdmin(() -> customers.get(rows.get(0).id())).get("signed"))
                .isEqualTo(Instant.parse("2026-01-05T00:00:00Z"));
    }

    @Test
    void changesWithoutASafeConversionAreNotOffered() {
        FieldDefinition manager = add("manager", FieldType.USER, base());
        FieldDefinition day = add("day", FieldType.DATE, base());
        assertThat(errors(() -> fields.changeType("manager", manager.version(), FieldType.TEXT, manager.settings())))
                .containsExactly("type=fields.error.type-change-unsupported");
        assertThat(errors(() -> fields.changeType("day", day.version(), FieldType.INTEGER, day.settings())))
                .containsExactly("type=fields.error.type-change-unsupported");
        assertThat(errors(() -> fields.changeType("day", day.version(), FieldType.DATE, day.settings())))
                .containsExactly("type=fields.error.same-type");
        FieldDefinition phone = asAdmin(() -> fields.field("phone"));
        assertThat(errors(() -> fields.changeType("phone", phone.version(), FieldType.TEXT, phone.settings())))
                .containsExactly("type=fields.error.built-in-fixed");
    }

    @Test
    void aUniqueFieldStaysUniqueAcrossAChangeOrTheChangeIsUndone() {
        FieldDefinition code = add("code", FieldType.TEXT, base().withUnique(true));
        createWith("code", "1", "01", "2");
        assertThat(detail(() -> fields.changeType("code", code.version(), FieldType.INTEGER, code.settings())))
                .startsWith("unique=fields.error.unique-has-duplicates [1, “1”: ");
        assertThat(jdbc.columnType(company.slug(), "cf_code")).as("the converted column rolled back").isEqualTo("text");
        assertThat(jdbc.indexDefinition(company.slug(), code.uniqueIndex())).isNotNull();
    }

    @Test
    void theGridKeepsWorkingAcrossATypeChange() {
        FieldDefinition score = add("score", FieldType.TEXT, base());
        createWith("score", "1", "2");
        CustomerQuery all = CustomerQuery.all();
        // Enough reads for the driver to prepare the statement on the server, where a type change would break it.
        IntStream.range(0, 30).forEach(i -> asAdmin(() -> customers.list(all, 0, 10)));
        asAdmin(() -> fields.changeType("score", score.version(), FieldType.INTEGER, score.settings()));
        IntStream.range(0, 30).forEach(i -> assertThat(asAdmin(() -> customers.list(all, 0, 10)))
                .extracting(c -> c.get("score")).containsExactlyInAnyOrder(1L, 2L));
    }

    private FieldSettings base() {
        return FieldSettings.of("字段", "Field", Section.VALUE);
    }

    private FieldDefinition add(String key, FieldType type, FieldSettings settings) {
        return asAdmin(() -> fields.addField(new NewField(key, type, settings)));
    }

    /** Customers c1, c2, … with these values of the field (null: none). */
    private List<Customer> createWith(String key, Object... values) {
        return asAdmin(() -> IntStream.range(0, values.length).mapToObj(i -> {
            Map<String, Object> input = new HashMap<>();
            input.put("name", "c" + (i + 1));
            input.put(key, values[i]);
            return customers.create(input);
        }).toList());
    }

    private List<Object> names(CustomerQuery query) {
        return asAdmin(() -> customers.list(query, 0, 50).stream().map(c -> c.get("name")).toList());
    }

    private <T> T asAdmin(Supplier<T> action) {
        return runAs.call(company.admin(), action);
    }

    private List<String> errors(Runnable action) {
        return runAs.call(company.admin(), () -> Errors.of(action));
    }

    private String detail(Runnable action) {
        return runAs.call(company.admin(), () -> Errors.detailOf(action));
    }
}
