package app.kehu.fields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kehu.common.ConcurrentEditException;
import app.kehu.customer.ColumnFilter;
import app.kehu.customer.Customer;
import app.kehu.customer.CustomerQuery;
import app.kehu.customer.CustomerService;
import app.kehu.support.Errors;
import app.kehu.support.IntegrationTest;
import app.kehu.support.TestTenants.Company;
import app.kehu.tenancy.TenantService;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the designer does besides adding fields: archive and restore (data kept), relabel and reorder
 * built-in fields (never delete them), sections, and refusing edits of a definition someone else changed.
 */
class FieldDesignerTest extends IntegrationTest {

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
    void theBuiltInFieldsAndSectionsAreThereFromTheStart() {
        assertThat(asAdmin(() -> fields.sections())).extracting(Section::key)
                .containsExactly("basic", "behaviour", "value", "marketing");
        assertThat(asAdmin(() -> customers.fields())).extracting(FieldDefinition::key).containsExactly("name", "phone",
                "email", "company", "position", "industry", "region", "sourceChannel", "owner", "tags", "createdAt",
                "updatedAt", "lastContactAt", "nextFollowUp", "purchaseCount12m", "firstPurchaseOn", "lastPurchaseOn",
                "avgSatisfaction", "campaignResponseRate", "openServiceRequests", "grade", "gradeScore",
                "annualContribution", "lifecycleStage");
        FieldDefinition name = asAdmin(() -> fields.field("name"));
        assertThat(name.label(Locale.SIMPLIFIED_CHINESE)).isEqualTo("客户姓名");
        assertThat(name.label(Locale.ENGLISH)).isEqualTo("Name");
        assertThat(name.builtIn()).isTrue();
        assertThat(name.required()).isTrue();
    }

    @Test
    void archivingHidesAFieldAndKeepsItsValuesAndRestoringBringsThemBack() {
        FieldDefinition wechat = asAdmin(() -> fields.addField(new NewField("wechat", FieldType.TEXT,
                FieldSettings.of("微信号", "WeChat", Section.BASIC))));
        Customer wang = asAdmin(() -> customers.create(Map.of("name", "王芳", "wechat", "wangfang88")));

        FieldDefinition archived = asAdmin(() -> fields.archive("wechat", wechat.version()));
        assertThat(archived.archived()).isTrue();
        assertThat(asAdmin(() -> customers.fields())).extracting(FieldDefinition::key).doesNotContain("wechat");
        assertThat(asAdmin(() -> fields.fields(false))).extracting(FieldDefinition::key).doesNotContain("wechat");
        assertThat(asAdmin(() -> fields.fields(true))).extracting(FieldDefinition::key).contains("wechat");
        assertThat(asAdmin(() -> customers.get(wang.id())).values()).doesNotContainKey("wechat");
        assertThat(errors(() -> customers.create(Map.of("name", "李娜", "wechat", "x"))))
                .containsExactly("wechat=validation.unknown-field");
        assertThatThrownBy(() -> asAdmin(() -> customers.list(new CustomerQuery(null, Map.of("wechat",
                new ColumnFilter.Contains("w")), List.of()), 0, 10))).isInstanceOf(IllegalArgumentException.class);
        assertThat(jdbc.template().queryForObject("SELECT cf_wechat FROM \"" + TenantService.schemaFor(company.slug())
                + "\".customer WHERE id = ?", String.class, wang.id())).as("the data stays").isEqualTo("wangfang88");

        FieldDefinition restored = asAdmin(() -> fields.restore("wechat", archived.version()));
        assertThat(restored.archived()).isFalse();
        assertThat(asAdmin(() -> customers.get(wang.id())).get("wechat")).isEqualTo("wangfang88");
        assertThat(asAdmin(() -> customers.fields())).extracting(FieldDefinition::key).contains("wechat");
    }

    @Test
    void anArchivedRequiredFieldComesBackOnlyWhenEveryCustomerHasAValue() {
        FieldDefinition level = asAdmin(() -> fields.addField(new NewField("level", FieldType.INTEGER,
                FieldSettings.of("级别", "Level", Section.VALUE).withRequired(true))));
        FieldDefinition archived = asAdmin(() -> fields.archive("level", level.version()));
        assertThat(jdbc.isNotNull(company.slug(), "cf_level")).as("new customers cannot fill it").isFalse();
        Customer li = asAdmin(() -> customers.create(Map.of("name", "李娜")));

        assertThat(detail(() -> fields.restore("level", archived.version())))
                .isEqualTo("required=fields.error.required-has-empty [1, #" + li.id() + " 李娜]");
        assertThat(asAdmin(() -> fields.field("level")).archived()).isTrue();

        FieldDefinition optional = asAdmin(() -> fields.updateField("level", archived.version(),
                archived.settings().withRequired(false)));
        assertThat(asAdmin(() -> fields.restore("level", optional.version())).archived()).isFalse();
    }

    @Test
    void builtInFieldsCanBeRelabelledAndMovedButNotArchivedOrRedefined() {
        FieldDefinition phone = asAdmin(() -> fields.field("phone"));
        assertThat(errors(() -> fields.archive("phone", phone.version())))
                .containsExactly("archived=fields.error.built-in-archive");
        assertThat(errors(() -> fields.updateField("phone", phone.version(), phone.settings().withRequired(true)
                .withUnique(true)))).containsExactlyInAnyOrder("required=fields.error.built-in-fixed",
                        "unique=fields.error.built-in-fixed");

        FieldDefinition relabelled = asAdmin(() -> fields.updateField("phone", phone.version(), phone.settings()
                .withLabel("手机号", "Mobile").withHelp("优先填写手机号", "Mobile first").withSection(Section.BEHAVIOUR)));
        assertThat(relabelled.label(Locale.SIMPLIFIED_CHINESE)).isEqualTo("手机号");
        assertThat(relabelled.section()).isEqualTo(Section.BEHAVIOUR);
        FieldDefinition inForms = asAdmin(() -> customers.fields()).stream().filter(f -> f.key().equals("phone"))
                .findFirst().orElseThrow();
        assertThat(inForms.label(Locale.ENGLISH)).isEqualTo("Mobile");
        assertThat(inForms.help(Locale.ENGLISH)).isEqualTo("Mobile first");
        assertThat(asAdmin(() -> customers.fields())).extracting(FieldDefinition::key).as("behaviour follows basic")
                .containsSubsequence("updatedAt", "lastContactAt").endsWith("openServiceRequests", "phone", "grade",
                "gradeScore", "annualContribution", "lifecycleStage");
        Customer c = asAdmin(() -> customers.create(Map.of("name", "张伟", "phone", "13800138000")));
        assertThat(c.get("phone")).isEqualTo("13800138000");
    }

    @Test
    void fieldsAreReorderedWithinTheirSection() {
        List<String> basic = asAdmin(() -> fields.fields(false)).stream().filter(f -> f.section().equals("basic"))
                .map(FieldDefinition::key).toList();
        List<String> reordered = basic.reversed();

        asAdmin(() -> fields.reorder("basic", reordered));
        assertThat(asAdmin(() -> customers.fields())).extracting(FieldDefinition::key).startsWith(
                reordered.toArray(String[]::new)).doesNotHaveDuplicates();
        assertThat(errors(() -> fields.reorder("basic", reordered.subList(1, reordered.size()))))
                .containsExactly("order=fields.error.reorder-mismatch");
        assertThat(errors(() -> fields.reorder("basic", List.of("name", "name"))))
                .containsExactly("order=fields.error.reorder-mismatch");
    }

    @Test
    void sectionsAreAddedRenamedAndReordered() {
        Section contract = asAdmin(() -> fields.addSection(new NewSection("contract",
                LocalizedText.of("合同信息", "Contracts"))));
        assertThat(contract.position()).isEqualTo(4);
        assertThat(errors(() -> fields.addSection(new NewSection("contract", LocalizedText.of("重复", "Again")))))
                .containsExactly("key=fields.error.section-taken");
        assertThat(errors(() -> fields.addSection(new NewSection("合同", LocalizedText.of("合同", "")))))
                .containsExactlyInAnyOrder("key=fields.error.key-format", "labelEn=validation.required");

        asAdmin(() -> fields.addField(new NewField("renewal_date", FieldType.DATE,
                FieldSettings.of("续约日期", "Renewal date", "contract"))));
        Section renamed = asAdmin(() -> fields.renameSection("contract", contract.version(),
                LocalizedText.of("合同与续约", "Contracts and renewals")));
        assertThat(renamed.label(Locale.SIMPLIFIED_CHINESE)).isEqualTo("合同与续约");

        asAdmin(() -> fields.reorderSections(List.of("contract", "basic", "behaviour", "value", "marketing")));
        assertThat(asAdmin(() -> customers.fields()).getFirst().key()).isEqualTo("renewal_date");
    }

    @Test
    void aDefinitionSomeoneElseChangedIsNotOverwritten() {
        FieldDefinition grade = asAdmin(() -> fields.addField(new NewField("tier", FieldType.TEXT,
                FieldSettings.of("层级", "Tier", Section.VALUE))));
        asAdmin(() -> fields.updateField("tier", grade.version(), grade.settings().withLabel("客户层级", "Tier")));
        assertThatThrownBy(() -> asAdmin(() -> fields.updateField("tier", grade.version(),
                grade.settings().withLabel("层", "Level")))).isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> asAdmin(() -> fields.archive("tier", grade.version())))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(asAdmin(() -> fields.field("tier")).label(Locale.SIMPLIFIED_CHINESE)).isEqualTo("客户层级");
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
