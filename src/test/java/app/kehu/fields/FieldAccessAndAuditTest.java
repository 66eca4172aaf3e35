package app.kehu.fields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kehu.audit.AuditEvent.Actor;
import app.kehu.audit.AuditService;
import app.kehu.customer.CustomerService;
import app.kehu.security.Role;
import app.kehu.support.Errors;
import app.kehu.support.IntegrationTest;
import app.kehu.support.TestTenants.Company;
import app.kehu.tenancy.TenantContext;
import app.kehu.tenancy.TenantService;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.support.TransactionTemplate;

/** Only admins change fields, every change is audited with before and after, and tenants never share fields. */
class FieldAccessAndAuditTest extends IntegrationTest {

    @Autowired
    FieldService fields;
    @Autowired
    CustomerService customers;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    AuditService audit;

    Company company;

    @BeforeEach
    void company() {
        company = tenants.signUp();
    }

    @Test
    void everyDefinitionChangeIsAuditedWithWhoAndBeforeAndAfter() {
        FieldDefinition tier = asAdmin(() -> fields.addField(new NewField("tier", FieldType.TEXT,
                FieldSettings.of("层级", "Tier", Section.VALUE).withRules(FieldRules.length(null, 20)))));
        assertThat(jdbc.latestChanges(company.slug())).contains("key: ∅ -> tier", "type: ∅ -> TEXT",
                "section: ∅ -> value", "labelZh: ∅ -> 层级", "labelEn: ∅ -> Tier", "maxLength: ∅ -> 20",
                "required: ∅ -> false");

        FieldDefinition relabelled = asAdmin(() -> fields.updateField("tier", tier.version(),
                tier.settings().withLabel("客户层级", "Tier").withRequired(false)));
        assertThat(jdbc.latestChanges(company.slug())).containsExactly("labelZh: 层级 -> 客户层级");

        FieldDefinition retyped = asAdmin(() -> fields.changeType("tier", relabelled.version(), FieldType.SINGLE_SELECT,
                relabelled.settings().withRules(FieldRules.NONE).withOptions(List.of(new SelectOption("gold", "金牌",
                        "Gold", "#ffd700")))));
        assertThat(jdbc.latestChanges(company.slug())).containsExactly("type: TEXT -> SINGLE_SELECT",
                "maxLength: 20 -> ∅", "options: ∅ -> gold (金牌 / Gold, #ffd700)");

        FieldDefinition archived = asAdmin(() -> fields.archive("tier", retyped.version()));
        assertThat(jdbc.latestChanges(company.slug())).containsExactly("archived: false -> true");
        asAdmin(() -> fields.restore("tier", archived.version()));
        assertThat(jdbc.latestChanges(company.slug())).containsExactly("archived: true -> false");

        asAdmin(() -> fields.addSection(new NewSection("contract", LocalizedText.of("合同信息", "Contracts"))));
        assertThat(jdbc.latestChanges(company.slug())).contains("key: ∅ -> contract", "labelZh: ∅ -> 合同信息");

        assertThat(jdbc.auditTrail(company.slug())).containsSubsequence("CREATE Field#tier", "UPDATE Field#tier",
                "UPDATE Field#tier", "UPDATE Field#tier", "UPDATE Field#tier", "CREATE Section#contract");
        assertThat(jdbc.template().queryForList("SELECT DISTINCT actor_email FROM \""
                + TenantService.schemaFor(company.slug()) + "\".audit_event WHERE entity_type IN ('Field', 'Section')",
                String.class)).containsExactly(company.admin());
    }

    @Test
    void theAuditLogNamesCustomerFieldsByTheLabelsTheAdminGaveThem() {
        FieldDefinition wechat = asAdmin(() -> fields.addField(new NewField("wechat", FieldType.TEXT,
                FieldSettings.of("微信号", "WeChat ID", Section.BASIC))));
        asAdmin(() -> fields.archive("wechat", wechat.version()));
        assertThat(asAdmin(() -> audit.fieldLabels("Customer", Locale.SIMPLIFIED_CHINESE)))
                .containsEntry("wechat", "微信号").containsEntry("name", "客户姓名");
        assertThat(asAdmin(() -> audit.fieldLabels("Customer", Locale.ENGLISH))).containsEntry("wechat", "WeChat ID");
        assertThat(asAdmin(() -> audit.fieldLabels("Field", Locale.ENGLISH))).as("fixed translations").isEmpty();
    }

    @Test
    void aRefusedChangeLeavesNoTrace() {
        long before = auditEvents();
        assertThat(runAs.call(company.admin(), () -> Errors.of(() -> fields.addField(new NewField("bad key",
                FieldType.TEXT, FieldSettings.of("", "", Section.BASIC)))))).isNotEmpty();
        assertThat(auditEvents()).isEqualTo(before);
    }

    @Test
    void aChangeThatRollsBackTakesItsColumnDefinitionAndAuditEntryWithIt() {
        long before = auditEvents();
        runAs.run(company.admin(), () -> transaction.executeWithoutResult(status -> {
            fields.addField(new NewField("doomed", FieldType.INTEGER, FieldSettings.of("注定", "Doomed", Section.VALUE)
                    .withFilterable(true)));
            status.setRollbackOnly();
        }));
        assertThat(jdbc.columnType(company.slug(), "cf_doomed")).isNull();
        assertThat(jdbc.indexDefinition(company.slug(), "customer_cf_doomed_ix")).isNull();
        assertThat(asAdmin(() -> fields.fields(true))).extracting(FieldDefinition::key).doesNotContain("doomed");
        assertThat(auditEvents()).isEqualTo(before);
        assertThat(asAdmin(() -> fields.addField(new NewField("doomed", FieldType.INTEGER,
                FieldSettings.of("重来", "Again", Section.VALUE)))).key()).as("nothing half-done is in the way")
                .isEqualTo("doomed");
    }

    @Test
    void onlyAdminsChangeFieldsAndEveryoneSignedInReadsThem() {
        FieldDefinition phone = asAdmin(() -> fields.field("phone"));
        NewField wechat = new NewField("wechat", FieldType.TEXT, FieldSettings.of("微信号", "WeChat", Section.BASIC));
        for (Role role : List.of(Role.MANAGER, Role.STAFF, Role.VIEWER)) {
            String user = tenants.addUser(company, role);
            runAs.run(user, () -> {
                assertThat(fields.fields(false)).isNotEmpty();
                assertThat(fields.sections()).hasSize(4);
                assertThat(fields.templates()).hasSize(3);
                List<Runnable> changes = List.of(() -> fields.addField(wechat),
                        () -> fields.updateField("phone", phone.version(), phone.settings().withLabel("手机", "Mobile")),
                        () -> fields.changeType("phone", phone.version(), FieldType.TEXT, phone.settings()),
                        () -> fields.archive("phone", phone.version()),
                        () -> fields.restore("phone", phone.version()),
                        () -> fields.reorder("basic", List.of()),
                        () -> fields.addSection(new NewSection("mine", LocalizedText.of("我的", "Mine"))),
                        () -> fields.renameSection("basic", 0, LocalizedText.of("基本", "Basic")),
                        () -> fields.reorderSections(List.of()),
                        () -> fields.previewTemplate("startup"),
                        () -> fields.applyTemplate("startup"));
                changes.forEach(change -> assertThatThrownBy(change::run).as(role.name())
                        .isInstanceOf(AccessDeniedException.class));
            });
        }
        assertThat(asAdmin(() -> fields.field("phone")).version()).isEqualTo(phone.version());
        assertThatThrownBy(() -> fields.fields(false)).isInstanceOf(AuthenticationException.class);
    }

    @Test
    void theSignupPathCannotBeUsedOnceSomeoneIsSignedIn() {
        runAs.run(company.admin(), () -> assertThatThrownBy(() -> transaction.executeWithoutResult(status ->
                fields.applyTemplateAtSignup(TenantContext.require(), new Actor(1L, "x@y.z"), "startup")))
                .isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void oneTenantsFieldsNeverReachAnother() {
        Company other = tenants.signUp();
        runAs.run(other.admin(), () -> customers.fields()); // its fields are cached before the first tenant changes
        asAdmin(() -> fields.addField(new NewField("wechat", FieldType.TEXT, FieldSettings.of("微信号", "WeChat",
                Section.BASIC).withRequired(true).withDefault("none"))));
        asAdmin(() -> fields.applyTemplate("startup"));

        runAs.run(other.admin(), () -> {
            assertThat(customers.fields()).extracting(FieldDefinition::key).doesNotContain("wechat", "purchase_intent");
            assertThat(Errors.of(() -> customers.create(Map.of("name", "x", "wechat", "w"))))
                    .containsExactly("wechat=validation.unknown-field");
            assertThat(customers.create(Map.of("name", "不受影响")).get("name")).isEqualTo("不受影响");
            assertThat(fields.addField(new NewField("wechat", FieldType.INTEGER, FieldSettings.of("微信", "WeChat",
                    Section.VALUE))).type()).isEqualTo(FieldType.INTEGER);
        });
        assertThat(jdbc.columnType(other.slug(), "cf_wechat")).isEqualTo("bigint");
        assertThat(jdbc.columnType(company.slug(), "cf_wechat")).isEqualTo("text");
        assertThat(asAdmin(() -> fields.field("wechat")).type()).isEqualTo(FieldType.TEXT);
    }

    private long auditEvents() {
        return jdbc.count("SELECT count(*) FROM \"" + TenantService.schemaFor(company.slug()) + "\".audit_event");
    }

    private <T> T asAdmin(Supplier<T> action) {
        return runAs.call(company.admin(), action);
    }
}
