package app.kehu.fields;

import static org.assertj.core.api.Assertions.assertThat;

import app.kehu.customer.CustomerQuery;
import app.kehu.customer.CustomerService;
import app.kehu.support.Errors;
import app.kehu.support.IntegrationTest;
import app.kehu.support.TestTenants.Company;
import app.kehu.tenancy.TenantService;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Bad input is refused with every problem named by what it is about: a customer's values by field key, a field
 * definition by setting. Nothing is written either way.
 */
class FieldValidationTest extends IntegrationTest {

    private static final List<SelectOption> GRADES = List.of(new SelectOption("A", "A 级", "A", "#2e7d32"),
            new SelectOption("B", "B 级", "B", null));

    @Autowired
    FieldService fields;
    @Autowired
    CustomerService customers;

    Company company;

    @BeforeEach
    void companyWithFieldsOfEveryKind() {
        company = tenants.signUp();
        runAs.run(company.admin(), () -> {
            add("visits", FieldType.INTEGER, s -> s);
            add("score", FieldType.INTEGER, s -> s.withRules(FieldRules.range(1, 5)));
            add("budget", FieldType.MONEY, s -> s.withRules(FieldRules.range(BigDecimal.ZERO, null)));
            add("code", FieldType.TEXT, s -> s.withRules(new FieldRules(null, null, 2, 6, "^[A-Z]{2}[0-9]*$")));
            add("tier", FieldType.SINGLE_SELECT, s -> s.withOptions(GRADES));
            add("channels", FieldType.MULTI_SELECT, s -> s.withOptions(GRADES));
            add("contact", FieldType.EMAIL, s -> s);
            add("site", FieldType.URL, s -> s);
            add("hotline", FieldType.PHONE, s -> s);
            add("met_on", FieldType.DATE, s -> s);
            add("consent", FieldType.BOOLEAN, s -> s);
            add("manager", FieldType.USER, s -> s);
            add("wechat", FieldType.TEXT, s -> s.withRequired(true).withDefault("unknown"));
        });
    }

    @Test
    void everyInvalidValueIsRefusedUnderItsFieldAndNothingIsWritten() {
        Company other = tenants.signUp();
        Object foreignUser = runAs.call(other.admin(), () -> customers.newCustomerDefaults().get("owner"));
        Map<String, Object> input = new HashMap<>();
        input.put("name", "坏数据");
        input.put("visits", "twelve");
        input.put("score", 9);
        input.put("budget", new BigDecimal("-1.005"));
        input.put("code", "x1");
        input.put("tier", "Z");
        input.put("channels", List.of("A", "Q"));
        input.put("contact", "wang@");
        input.put("site", "www.example.com");
        input.put("hotline", "call me");
        input.put("met_on", "2026-02-30");
        input.put("consent", "maybe");
        input.put("manager", foreignUser);
        input.put("wechat", " ");
        assertThat(runAs.call(company.admin(), () -> Errors.of(() -> customers.create(input))))
                .containsExactlyInAnyOrder("visits=validation.integer", "score=validation.max",
                        "budget=validation.scale", "code=validation.pattern", "tier=validation.option",
                        "channels=validation.option", "contact=validation.email", "site=validation.url",
                        "hotline=validation.phone", "met_on=validation.date", "consent=validation.boolean",
                        "manager=validation.user", "wechat=validation.required");
        runAs.run(company.admin(), () -> assertThat(customers.count(CustomerQuery.all())).isZero());
    }

    @Test
    void lengthAndRangeRulesNameTheirLimit() {
        assertThat(errorsOf(Map.of("name", "x", "code", "ABCDEFG"))).containsExactly("code=validation.too-long");
        assertThat(errorsOf(Map.of("name", "x", "code", "A"))).containsExactly("code=validation.too-short");
        assertThat(errorsOf(Map.of("name", "x", "score", 0))).containsExactly("score=validation.min");
        assertThat(errorsOf(Map.of("name", "x", "budget", new BigDecimal("1e17"))))
                .containsExactly("budget=validation.number-too-large");
        assertThat(errorsOf(Map.of("name", "x", "score", "2.5"))).containsExactly("score=validation.integer");
        assertThat(errorsOf(Map.of("name", "x", "code", "AB12", "score", 5, "tier", "A", "site",
                "https://example.com/a?b=1", "hotline", "+86 138 0013 8000", "met_on", "2024-02-29"))).isEmpty();
    }

    @Test
    void fieldDefinitionsAreCheckedSettingBySetting() {
        assertThat(addErrors("Bad-Key", FieldType.TEXT, s -> s)).containsExactly("key=fields.error.key-format");
        assertThat(addErrors("name", FieldType.TEXT, s -> s)).containsExactly("key=fields.error.key-taken");
        assertThat(addErrors("visits", FieldType.TEXT, s -> s)).containsExactly("key=fields.error.key-taken");
        assertThat(addErrors("id", FieldType.TEXT, s -> s)).containsExactly("key=fields.error.key-reserved");
        assertThat(addErrors("x" + "y".repeat(40), FieldType.TEXT, s -> s))
                .containsExactly("key=fields.error.key-format");
        assertThat(addErrors("free_tags", FieldType.TAGS, s -> s))
                .containsExactly("type=fields.error.type-not-offered");
        assertThat(addErrors("nolabel", FieldType.TEXT, s -> s.withLabel(" ", null)))
                .containsExactlyInAnyOrder("labelZh=validation.required", "labelEn=validation.required");
        assertThat(addErrors("lost", FieldType.TEXT, s -> s.withSection("nowhere")))
                .containsExactly("section=fields.error.unknown-section");
        assertThat(addErrors("range", FieldType.DECIMAL, s -> s.withRules(FieldRules.range(10, 1))))
                .containsExactly("max=fields.error.min-above-max");
        assertThat(addErrors("ratio", FieldType.PERCENT, s -> s.withRules(FieldRules.range(
                new BigDecimal("0.00001"), null)))).containsExactly("min=fields.error.bound-not-storable");
        assertThat(addErrors("textmin", FieldType.TEXT, s -> s.withRules(FieldRules.range(1, 2))))
                .containsExactlyInAnyOrder("min=fields.error.rule-not-for-type", "max=fields.error.rule-not-for-type");
        assertThat(addErrors("regex", FieldType.TEXT, s -> s.withRules(FieldRules.pattern("([a-z"))))
                .containsExactly("pattern=fields.error.pattern-invalid");
        assertThat(addErrors("wide", FieldType.TEXT, s -> s.withRules(FieldRules.length(null, 501))))
                .containsExactly("maxLength=fields.error.length-limit");
        assertThat(addErrors("choice", FieldType.SINGLE_SELECT, s -> s))
                .containsExactly("options=fields.error.options-required");
        assertThat(addErrors("choice", FieldType.SINGLE_SELECT, s -> s.withOptions(List.of(
                new SelectOption("A", "甲", "A", "red"), new SelectOption("A", "乙", "", null),
                new SelectOption("a b", "丙", "C", null))))).containsExactlyInAnyOrder(
                        "options=fields.error.option-colour", "options=fields.error.option-duplicate",
                        "options=fields.error.option-label", "options=fields.error.option-value");
        assertThat(addErrors("count", FieldType.INTEGER, s -> s.withOptions(GRADES)))
                .containsExactly("options=fields.error.options-not-for-type");
        assertThat(addErrors("notes", FieldType.LONG_TEXT, s -> s.withUnique(true).withFilterable(true)))
                .containsExactlyInAnyOrder("unique=fields.error.unique-not-for-type",
                        "filterable=fields.error.filterable-not-for-type");
        assertThat(addErrors("count", FieldType.INTEGER, s -> s.withDefault("many")))
                .containsExactly("defaultValue=validation.integer");
        assertThat(addErrors("stars", FieldType.INTEGER, s -> s.withRules(FieldRules.range(1, 5)).withDefault(6)))
                .containsExactly("defaultValue=validation.max");
        assertThat(addErrors("level", FieldType.SINGLE_SELECT, s -> s.withOptions(GRADES).withDefault("C")))
                .containsExactly("defaultValue=validation.option");
        assertThat(addErrors("essay", FieldType.LONG_TEXT, s -> s.withDefault("长".repeat(501))))
                .containsExactly("defaultValue=validation.too-long");
        assertThat(addErrors("boss", FieldType.USER, s -> s.withDefault(1L)))
                .containsExactly("defaultValue=fields.error.no-default-for-type");

        runAs.run(company.admin(), () -> assertThat(fields.fields(true)).extracting(FieldDefinition::key)
                .doesNotContain("choice", "count", "notes", "regex", "range", "stars", "level", "boss"));
        assertThat(jdbc.count("SELECT count(*) FROM information_schema.columns WHERE table_schema = ? AND "
                + "column_name IN ('cf_choice', 'cf_count', 'cf_notes')", TenantService.schemaFor(company.slug())))
                .isZero();
    }

    private void add(String key, FieldType type, UnaryOperator<FieldSettings> settings) {
        fields.addField(new NewField(key, type, settings.apply(FieldSettings.of("字段 " + key, "Field " + key,
                Section.BASIC))));
    }

    private List<String> addErrors(String key, FieldType type, UnaryOperator<FieldSettings> s) {
        return runAs.call(company.admin(), () -> Errors.of(() -> add(key, type, s)));
    }

    private List<String> errorsOf(Map<String, Object> input) {
        return runAs.call(company.admin(), () -> Errors.of(() -> customers.create(input)));
    }
}
