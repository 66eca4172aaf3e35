package app.kehu.fields;

import static org.assertj.core.api.Assertions.assertThat;

import app.kehu.customer.Customer;
import app.kehu.customer.CustomerService;
import app.kehu.signup.SignupRequest;
import app.kehu.signup.SignupService;
import app.kehu.support.Errors;
import app.kehu.support.IntegrationTest;
import app.kehu.support.TestTenants;
import app.kehu.support.TestTenants.Company;
import app.kehu.tenancy.TenantService;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Templates show what they would add, add only what is missing, and can be chosen at signup. */
class FieldTemplateTest extends IntegrationTest {

    @Autowired
    FieldService fields;
    @Autowired
    CustomerService customers;
    @Autowired
    SignupService signups;

    Company company;

    @BeforeEach
    void company() {
        company = tenants.signUp();
    }

    @Test
    void threeTemplatesAreOfferedInBothLanguages() {
        List<FieldTemplate> templates = asAdmin(() -> fields.templates());
        assertThat(templates).extracting(FieldTemplate::id).containsExactly("startup", "key-account", "rating");
        assertThat(templates).extracting(t -> t.name(Locale.SIMPLIFIED_CHINESE))
                .containsExactly("创业企业客户统计表", "关键客户管理", "客户评级");
        assertThat(templates).extracting(t -> t.name(Locale.ENGLISH))
                .containsExactly("Startup customer statistics", "Key-account management", "Customer rating");
    }

    @Test
    void thePreviewShowsWhatApplyingAddsAndApplyingTwiceAddsNothingTwice() {
        TemplatePreview preview = asAdmin(() -> fields.previewTemplate("startup"));
        assertThat(keys(preview.fieldsToAdd())).contains("wechat", "preferred_channel", "purchase_intent",
                "potential_score", "marketing_suggestion");
        assertThat(preview.fieldsSkipped()).isEmpty();
        assertThat(asAdmin(() -> fields.fields(true))).extracting(FieldDefinition::key).as("a preview changes nothing")
                .doesNotContain("purchase_intent");
        int before = asAdmin(() -> fields.fields(true)).size();

        TemplatePreview applied = asAdmin(() -> fields.applyTemplate("startup"));
        assertThat(applied).isEqualTo(preview);
        FieldDefinition intent = asAdmin(() -> fields.field("purchase_intent"));
        assertThat(intent.type()).isEqualTo(FieldType.SINGLE_SELECT);
        assertThat(intent.options()).extracting(SelectOption::value).containsExactly("high", "medium", "low");
        assertThat(intent.label(Locale.SIMPLIFIED_CHINESE)).isEqualTo("购买意向");
        assertThat(jdbc.columnType(company.slug(), "cf_potential_score")).isEqualTo("bigint");
        long auditedBefore = auditEvents();

        TemplatePreview again = asAdmin(() -> fields.previewTemplate("startup"));
        assertThat(again.addsNothing()).isTrue();
        assertThat(keys(again.fieldsSkipped())).isEqualTo(keys(preview.fieldsToAdd()));
        assertThat(asAdmin(() -> fields.applyTemplate("startup")).addsNothing()).isTrue();
        assertThat(asAdmin(() -> fields.fields(true))).hasSize(before + preview.fieldsToAdd().size());
        assertThat(auditEvents()).isEqualTo(auditedBefore);

        Customer c = asAdmin(() -> customers.create(Map.of("name", "王芳", "potential_score", "85",
                "purchase_intent", "high")));
        assertThat(c.get("potential_score")).isEqualTo(85L);
    }

    @Test
    void templatesShareFieldsAndAddTheirOwnSections() {
        int builtIn = asAdmin(() -> fields.fields(true)).size();
        asAdmin(() -> fields.applyTemplate("startup"));
        TemplatePreview keyAccount = asAdmin(() -> fields.previewTemplate("key-account"));
        assertThat(keys(keyAccount.fieldsSkipped())).containsExactly("preferred_channel");
        assertThat(keyAccount.sectionsToAdd()).extracting(NewSection::key).containsExactly("contract");

        asAdmin(() -> fields.applyTemplate("key-account"));
        asAdmin(() -> fields.applyTemplate("rating"));
        assertThat(asAdmin(() -> fields.sections())).extracting(Section::key).endsWith("contract");
        assertThat(asAdmin(() -> fields.field("renewal_date")).section()).isEqualTo("contract");
        Set<String> everyTemplateKey = asAdmin(() -> fields.templates()).stream()
                .flatMap(t -> t.fields().stream()).map(NewField::key).collect(Collectors.toSet());
        assertThat(asAdmin(() -> fields.fields(true))).hasSize(builtIn + everyTemplateKey.size());
    }

    @Test
    void aFieldTheAdminAlreadyHasIsKeptAsItIs() {
        asAdmin(() -> fields.addField(new NewField("potential_score", FieldType.TEXT,
                FieldSettings.of("我们自己的评分", "Our own score", Section.VALUE))));
        TemplatePreview preview = asAdmin(() -> fields.previewTemplate("startup"));
        assertThat(keys(preview.fieldsSkipped())).containsExactly("potential_score");
        asAdmin(() -> fields.applyTemplate("startup"));
        FieldDefinition kept = asAdmin(() -> fields.field("potential_score"));
        assertThat(kept.type()).isEqualTo(FieldType.TEXT);
        assertThat(kept.label(Locale.SIMPLIFIED_CHINESE)).isEqualTo("我们自己的评分");
    }

    @Test
    void aCompanyCanStartFromATemplateAtSignup() {
        String slug = "tpl" + System.nanoTime() % 1_000_000_000L;
        String admin = "admin@" + slug + ".test";
        signups.signup(new SignupRequest("模板公司", slug, "管理员", admin, TestTenants.PASSWORD, "rating"));

        assertThat(runAs.call(admin, () -> fields.fields(false))).extracting(FieldDefinition::key)
                .contains("interaction_level", "key_customer", "blacklisted");
        FieldDefinition interaction = runAs.call(admin, () -> fields.field("interaction_level"));
        assertThat(interaction.options()).extracting(SelectOption::value).containsExactly("high", "medium", "low");
        assertThat(jdbc.auditActions(slug)).startsWith("SIGNUP User").contains("CREATE Field");
        assertThat(jdbc.template().queryForList("SELECT DISTINCT actor_email FROM \"" + TenantService.schemaFor(slug)
                + "\".audit_event", String.class)).containsExactly(admin);

        String other = "tpx" + System.nanoTime() % 1_000_000_000L;
        assertThat(Errors.of(() -> signups.signup(new SignupRequest("模板公司", other, "管理员", "admin@" + other
                + ".test", TestTenants.PASSWORD, "no-such-template"))))
                .containsExactly("template=signup.error.template");
        assertThat(jdbc.schemaExists(other)).isFalse();
    }

    private static List<String> keys(List<NewField> list) {
        return list.stream().map(NewField::key).toList();
    }

    private long auditEvents() {
        return jdbc.count("SELECT count(*) FROM \"" + TenantService.schemaFor(company.slug()) + "\".audit_event");
    }

    private <T> T asAdmin(Supplier<T> action) {
        return runAs.call(company.admin(), action);
    }
}
