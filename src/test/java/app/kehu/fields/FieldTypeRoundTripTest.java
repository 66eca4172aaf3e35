package app.kehu.fields;

import static org.assertj.core.api.Assertions.assertThat;

import app.kehu.customer.ColumnFilter;
import app.kehu.customer.Customer;
import app.kehu.customer.CustomerQuery;
import app.kehu.customer.CustomerQuery.SortKey;
import app.kehu.customer.CustomerService;
import app.kehu.security.Role;
import app.kehu.support.IntegrationTest;
import app.kehu.support.TestTenants.Company;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every field type, as a custom field: a value goes in through the customer service, comes back as the same
 * value of the type's Java type, is found by the type's filter and sorts in the type's order.
 */
class FieldTypeRoundTripTest extends IntegrationTest {

    private static final List<SelectOption> ABC = List.of(new SelectOption("A", "甲", "A", "#2e7d32"),
            new SelectOption("B", "乙", "B", null), new SelectOption("C", "丙", "C", "#c62828"));

    @Autowired
    FieldService fields;
    @Autowired
    CustomerService customers;

    Company company;
    long adminId;
    long staffId;

    @BeforeEach
    void company() {
        company = tenants.signUp();
        String staff = tenants.addUser(company, Role.STAFF);
        adminId = runAs.call(company.admin(), () -> customers.newCustomerDefaults().get("owner")) instanceof Long id
                ? id : -1;
        staffId = runAs.call(staff, () -> customers.newCustomerDefaults().get("owner")) instanceof Long id ? id : -1;
    }

    /** A type with a smaller and a larger value, and a filter that finds only the larger one. */
    record Case(FieldType type, Object low, Object high, Function<Case, ColumnFilter> findsHigh) {

        @Override
        public String toString() {
            return type.name();
        }
    }

    static Stream<Case> types() {
        return Stream.of(
                new Case(FieldType.TEXT, "Alpha 甲", "Beta 乙", c -> new ColumnFilter.Contains("bet")),
                new Case(FieldType.LONG_TEXT, "first visit:\n介绍产品", "second call:\nwants a quote",
                        c -> new ColumnFilter.Contains("QUOTE")),
                new Case(FieldType.INTEGER, 5L, 42L, c -> new ColumnFilter.NumberRange(BigDecimal.TEN, null)),
                new Case(FieldType.DECIMAL, new BigDecimal("1.5"), new BigDecimal("123456.123456"),
                        c -> new ColumnFilter.NumberRange(new BigDecimal("100"), null)),
                new Case(FieldType.MONEY, new BigDecimal("99.90"), new BigDecimal("100000.00"),
                        c -> new ColumnFilter.NumberRange(new BigDecimal("100000"), new BigDecimal("100000"))),
                new Case(FieldType.PERCENT, new BigDecimal("12.5"), new BigDecimal("87.25"),
                        c -> new ColumnFilter.NumberRange(new BigDecimal("50"), new BigDecimal("100"))),
                new Case(FieldType.DATE, LocalDate.of(2025, 1, 15), LocalDate.of(2026, 3, 31),
                        c -> new ColumnFilter.DateRange(LocalDate.of(2026, 1, 1), null)),
                new Case(FieldType.DATETIME, Instant.parse("2025-01-15T08:30:00Z"),
                        Instant.parse("2026-03-31T23:59:59Z"),
                        c -> new ColumnFilter.DateRange(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 31))),
                new Case(FieldType.BOOLEAN, false, true, c -> new ColumnFilter.Equals(true)),
                new Case(FieldType.SINGLE_SELECT, "A", "B", c -> new ColumnFilter.AnyOf(List.of("B", "C"))),
                new Case(FieldType.MULTI_SELECT, List.of("A"), List.of("A", "C"),
                        c -> new ColumnFilter.AnyOf(List.of("C"))),
                new Case(FieldType.EMAIL, "li.na@example.cn", "zhao@example.com",
                        c -> new ColumnFilter.Contains(".com")),
                new Case(FieldType.PHONE, "010-6552 9988", "138 0013 8000", c -> new ColumnFilter.Contains("138")),
                new Case(FieldType.URL, "https://a.example", "https://z.example/path?q=1",
                        c -> new ColumnFilter.Contains("z.example")),
                new Case(FieldType.USER, null, null, c -> null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void aValueOfEveryTypeRoundTripsFiltersAndSorts(Case given) {
        Case c = given.type() == FieldType.USER
                ? new Case(FieldType.USER, adminId, staffId, x -> new ColumnFilter.AnyOf(List.of(staffId))) : given;
        String key = "f_" + c.type().name().toLowerCase();
        FieldSettings settings = FieldSettings.of("字段", "Field", Section.VALUE)
                .withOptions(c.type().hasOptions() ? ABC : List.of());
        runAs.run(company.admin(), () -> fields.addField(new NewField(key, c.type(), settings)));

        runAs.run(company.admin(), () -> {
            Customer low = customers.create(Map.of("name", "Low", key, c.low()));
            Customer high = customers.create(Map.of("name", "High", key, c.high()));
            customers.create(Map.of("name", "Empty"));

            assertSameValue(customers.get(low.id()).get(key), c.low());
            assertSameValue(customers.get(high.id()).get(key), c.high());
            assertThat(names(Map.of(key, c.findsHigh().apply(c)), List.of())).containsExactly("High");
            assertThat(names(Map.of(key, new ColumnFilter.IsEmpty()), List.of())).containsExactly("Empty");
            assertThat(names(Map.of(key, new ColumnFilter.IsNotEmpty()), List.of()))
                    .containsExactlyInAnyOrder("Low", "High");
            assertThat(names(Map.of(), List.of(new SortKey(key, true)))).containsExactly("Low", "High", "Empty");
            assertThat(names(Map.of(), List.of(new SortKey(key, false)))).containsExactly("High", "Low", "Empty");
        });
    }

    @Test
    void valuesTypedAsTextAreReadAsTheirType() {
        runAs.run(company.admin(), () -> {
            fields.addField(new NewField("visits", FieldType.INTEGER, FieldSettings.of("拜访次数", "Visits", "behaviour")));
            fields.addField(new NewField("budget", FieldType.MONEY, FieldSettings.of("预算", "Budget", "value")));
            fields.addField(new NewField("met_on", FieldType.DATE, FieldSettings.of("见面日期", "Met on", "behaviour")));
            fields.addField(new NewField("consent", FieldType.BOOLEAN, FieldSettings.of("同意", "Consent", "basic")));
            fields.addField(new NewField("channels", FieldType.MULTI_SELECT, FieldSettings.of("渠道", "Channels",
                    "basic").withOptions(ABC)));
            Customer c = customers.create(Map.of("name", "文本", "visits", " 12 ", "budget", "5000.5", "met_on",
                    "2026-02-28", "consent", "是", "channels", "C, A"));
            assertThat(c.get("visits")).isEqualTo(12L);
            assertThat((BigDecimal) c.get("budget")).isEqualByComparingTo("5000.50");
            assertThat(c.get("met_on")).isEqualTo(LocalDate.of(2026, 2, 28));
            assertThat(c.get("consent")).isEqualTo(true);
            assertThat(c.get("channels")).as("kept in the options' order").isEqualTo(List.of("A", "C"));
            assertThat(names(Map.of("visits", new ColumnFilter.Equals("12")), List.of())).containsExactly("文本");
        });
    }

    @Test
    void aNewCustomerStartsWithTheDefaultsAndAnExplicitValueWins() {
        runAs.run(company.admin(), () -> {
            fields.addField(new NewField("stage", FieldType.SINGLE_SELECT, FieldSettings.of("阶段", "Stage", "value")
                    .withOptions(ABC).withDefault("B")));
            fields.addField(new NewField("score", FieldType.INTEGER, FieldSettings.of("评分", "Score", "value")
                    .withDefault(60)));
            assertThat(customers.newCustomerDefaults()).containsEntry("stage", "B").containsEntry("score", 60L);
            Customer defaulted = customers.create(Map.of("name", "默认"));
            assertThat(defaulted.get("stage")).isEqualTo("B");
            assertThat(defaulted.get("score")).isEqualTo(60L);
            Customer explicit = customers.create(Map.of("name", "指定", "stage", "C", "score", 90));
            assertThat(explicit.get("stage")).isEqualTo("C");
            assertThat(explicit.get("score")).isEqualTo(90L);
        });
    }

    private static void assertSameValue(Object actual, Object expected) {
        if (expected instanceof BigDecimal number) {
            assertThat((BigDecimal) actual).isEqualByComparingTo(number);
        } else {
            assertThat(actual).isEqualTo(expected);
        }
    }

    private List<Object> names(Map<String, ColumnFilter> filters, List<SortKey> sort) {
        return customers.list(new CustomerQuery(null, filters, sort), 0, 50).stream().map(c -> c.get("name")).toList();
    }
}
