package app.kehu.fields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kehu.customer.Customer;
import app.kehu.customer.CustomerService;
import app.kehu.support.Errors;
import app.kehu.support.IntegrationTest;
import app.kehu.support.TestTenants.Company;
import app.kehu.tenancy.TenantService;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Required and unique are real database constraints, created only where the data allows them; otherwise the
 * admin is told which customers stand in the way. Filterable fields get an index.
 */
class FieldConstraintTest extends IntegrationTest {

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
    void aUniqueFieldIsAUniqueIndexAndTheServiceNamesTheDuplicate() {
        FieldDefinition memberNo = asAdmin(() -> fields.addField(textField("member_no", s -> s.withUnique(true))));
        assertThat(jdbc.indexDefinition(company.slug(), memberNo.uniqueIndex())).contains("UNIQUE", "cf_member_no");
        Customer first = asAdmin(() -> customers.create(Map.of("name", "王芳", "member_no", "M1")));
        Customer second = asAdmin(() -> customers.create(Map.of("name", "李娜", "member_no", "M2")));

        assertThat(errors(() -> customers.create(Map.of("name", "张伟", "member_no", "M1"))))
                .containsExactly("member_no=validation.unique");
        assertThat(errors(() -> customers.update(second.id(), second.version(), Map.of("member_no", "M1"))))
                .containsExactly("member_no=validation.unique");
        asAdmin(() -> customers.update(first.id(), first.version(), Map.of("name", "王芳芳", "member_no", "M1")));
        assertThatThrownBy(() -> jdbc.template().update("INSERT INTO " + table() + " (name, cf_member_no) "
                + "VALUES ('direct', 'M2')")).as("the database itself refuses").isInstanceOf(
                        DataIntegrityViolationException.class);
    }

    @Test
    void makingAFieldUniqueIsRefusedNamingTheCustomersThatShareAValue() {
        FieldDefinition memberNo = asAdmin(() -> fields.addField(textField("member_no", s -> s)));
        Customer wang = asAdmin(() -> customers.create(Map.of("name", "王芳", "member_no", "M1")));
        Customer li = asAdmin(() -> customers.create(Map.of("name", "李娜", "member_no", "M1")));
        asAdmin(() -> customers.create(Map.of("name", "张伟", "member_no", "M2")));

        assertThat(detail(() -> fields.updateField("member_no", memberNo.version(),
                memberNo.settings().withUnique(true))))
                .startsWith("unique=fields.error.unique-has-duplicates [1, ")
                .contains("“M1”: #" + wang.id() + " 王芳, #" + li.id() + " 李娜").doesNotContain("张伟");
        assertThat(jdbc.indexDefinition(company.slug(), memberNo.uniqueIndex())).isNull();
        assertThat(asAdmin(() -> fields.field("member_no")).unique()).isFalse();

        asAdmin(() -> customers.update(li.id(), li.version(), Map.of("member_no", "M3")));
        FieldDefinition unique = asAdmin(() -> fields.updateField("member_no", memberNo.version(),
                memberNo.settings().withUnique(true)));
        assertThat(unique.unique()).isTrue();
        assertThat(jdbc.indexDefinition(company.slug(), memberNo.uniqueIndex())).contains("UNIQUE");

        FieldDefinition notUnique = asAdmin(() -> fields.updateField("member_no", unique.version(),
                unique.settings().withUnique(false)));
        assertThat(jdbc.indexDefinition(company.slug(), memberNo.uniqueIndex())).isNull();
        assertThat(notUnique.version()).isGreaterThan(unique.version());
    }

    @Test
    void requiredIsNotNullAndIsRefusedNamingTheCustomersWithoutAValue() {
        FieldDefinition wechat = asAdmin(() -> fields.addField(textField("wechat", s -> s)));
        asAdmin(() -> customers.create(Map.of("name", "王芳", "wechat", "wangfang88")));
        Customer li = asAdmin(() -> customers.create(Map.of("name", "李娜")));

        assertThat(detail(() -> fields.updateField("wechat", wechat.version(), wechat.settings().withRequired(true))))
                .isEqualTo("required=fields.error.required-has-empty [1, #" + li.id() + " 李娜]");
        assertThat(jdbc.isNotNull(company.slug(), "cf_wechat")).isFalse();

        asAdmin(() -> customers.update(li.id(), li.version(), Map.of("wechat", "lina_2026")));
        FieldDefinition required = asAdmin(() -> fields.updateField("wechat", wechat.version(),
                wechat.settings().withRequired(true)));
        assertThat(required.required()).isTrue();
        assertThat(jdbc.isNotNull(company.slug(), "cf_wechat")).isTrue();
        assertThat(errors(() -> customers.create(Map.of("name", "张伟")))).containsExactly("wechat=validation.required");
        assertThatThrownBy(() -> jdbc.template().update("INSERT INTO " + table() + " (name) VALUES ('direct')"))
                .as("the database itself refuses").isInstanceOf(DataIntegrityViolationException.class);

        asAdmin(() -> fields.updateField("wechat", required.version(), required.settings().withRequired(false)));
        assertThat(jdbc.isNotNull(company.slug(), "cf_wechat")).isFalse();
    }

    @Test
    void aNewRequiredFieldTakesItsDefaultForExistingCustomersOrIsNotAddedAtAll() {
        Customer existing = asAdmin(() -> customers.create(Map.of("name", "老客户")));

        assertThat(detail(() -> fields.addField(textField("source_detail", s -> s.withRequired(true)))))
                .isEqualTo("required=fields.error.required-has-empty [1, #" + existing.id() + " 老客户]");
        assertThat(jdbc.columnType(company.slug(), "cf_source_detail")).as("the ADD COLUMN rolled back").isNull();
        assertThat(asAdmin(() -> fields.fields(true))).extracting(FieldDefinition::key).doesNotContain("source_detail");

        asAdmin(() -> fields.addField(textField("source_detail", s -> s.withRequired(true).withDefault("未知"))));
        assertThat(asAdmin(() -> customers.get(existing.id())).get("source_detail")).isEqualTo("未知");
        assertThat(jdbc.isNotNull(company.slug(), "cf_source_detail")).isTrue();
    }

    @Test
    void filterableFieldsAreIndexedWithAnIndexThatSuitsTheirType() {
        FieldDefinition score = asAdmin(() -> fields.addField(new NewField("score", FieldType.INTEGER,
                FieldSettings.of("评分", "Score", Section.VALUE).withFilterable(true))));
        FieldDefinition channels = asAdmin(() -> fields.addField(new NewField("channels", FieldType.MULTI_SELECT,
                FieldSettings.of("渠道", "Channels", Section.BASIC).withFilterable(true).withOptions(List.of(
                        new SelectOption("wechat", "微信", "WeChat", null))))));
        FieldDefinition code = asAdmin(() -> fields.addField(textField("code",
                s -> s.withUnique(true).withFilterable(true))));

        assertThat(jdbc.indexDefinition(company.slug(), score.filterIndex())).contains("btree", "cf_score");
        assertThat(jdbc.indexDefinition(company.slug(), channels.filterIndex())).contains("gin", "cf_channels");
        assertThat(jdbc.indexDefinition(company.slug(), code.filterIndex())).as("the unique index serves").isNull();
        assertThat(jdbc.indexDefinition(company.slug(), code.uniqueIndex())).isNotNull();

        asAdmin(() -> fields.updateField("score", score.version(), score.settings().withFilterable(false)));
        assertThat(jdbc.indexDefinition(company.slug(), score.filterIndex())).isNull();
    }

    @Test
    void anOptionCustomersStillUseCannotBeRemoved() {
        List<SelectOption> abc = List.of(new SelectOption("A", "甲", "A", null), new SelectOption("B", "乙", "B", null),
                new SelectOption("C", "丙", "C", null));
        FieldDefinition level = asAdmin(() -> fields.addField(new NewField("level", FieldType.MULTI_SELECT,
                FieldSettings.of("级别", "Level", Section.VALUE).withOptions(abc))));
        asAdmin(() -> customers.create(Map.of("name", "王芳", "level", List.of("A", "B"))));
        asAdmin(() -> customers.create(Map.of("name", "李娜", "level", List.of("B"))));

        assertThat(detail(() -> fields.updateField("level", level.version(),
                level.settings().withOptions(abc.subList(2, 3)))))
                .isEqualTo("options=fields.error.option-in-use [2, A ×1; B ×2]");
        FieldDefinition relabelled = asAdmin(() -> fields.updateField("level", level.version(), level.settings()
                .withOptions(List.of(abc.get(0), abc.get(1), new SelectOption("D", "丁", "D", "#000000")))));
        assertThat(relabelled.options()).extracting(SelectOption::value).containsExactly("A", "B", "D");
    }

    private FieldSettings base(String key) {
        return FieldSettings.of("字段" + key, "Field " + key, Section.BASIC);
    }

    private NewField textField(String key, UnaryOperator<FieldSettings> settings) {
        return new NewField(key, FieldType.TEXT, settings.apply(base(key)));
    }

    private String table() {
        return "\"" + TenantService.schemaFor(company.slug()) + "\".customer";
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
