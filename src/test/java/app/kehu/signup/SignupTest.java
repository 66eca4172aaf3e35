package app.kehu.signup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kehu.customer.CustomerQuery;
import app.kehu.customer.CustomerService;
import app.kehu.support.Errors;
import app.kehu.support.IntegrationTest;
import app.kehu.tenancy.TenantService;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A company signs up into a schema of its own; a failed signup leaves nothing behind. */
class SignupTest extends IntegrationTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String PASSWORD = "Sign-Up-Passw0rd";

    @Autowired
    SignupService signups;
    @Autowired
    CustomerService customers;

    @Test
    void eachCompanyGetsItsOwnMigratedSchemaAndAnAdmin() {
        String first = uniqueSlug();
        String second = uniqueSlug();
        signups.signup(request("北京启明科技有限公司", first, "admin@" + first + ".test"));
        signups.signup(request("Globex Ltd.", second, "admin@" + second + ".test"));

        for (String slug : List.of(first, second)) {
            assertThat(jdbc.schemaExists(slug)).isTrue();
            assertThat(jdbc.count("SELECT count(*) FROM information_schema.tables WHERE table_schema = ? AND "
                    + "table_name IN ('customer', 'audit_event', 'audit_event_change')", TenantService.schemaFor(slug)))
                    .isEqualTo(3);
            assertThat(jdbc.count("SELECT count(*) FROM kehu.app_user u JOIN kehu.tenant t ON t.id = u.tenant_id "
                    + "WHERE t.slug = ? AND t.status = 'ACTIVE' AND u.role = 'ADMIN'", slug)).isEqualTo(1);
            assertThat(jdbc.auditActions(slug)).containsExactly("SIGNUP User");
        }
        runAs.run("admin@" + first + ".test", () -> customers.create(Map.of("name", "Only in first")));
        runAs.run("admin@" + second + ".test", () -> assertThat(customers.count(CustomerQuery.all())).isZero());
    }

    @Test
    void takenSlugsAndEmailsAreRefusedWithoutCreatingAnything() {
        String slug = uniqueSlug();
        signups.signup(request("First", slug, "admin@" + slug + ".test"));
        long tenantsBefore = jdbc.count("SELECT count(*) FROM kehu.tenant");

        assertThat(Errors.of(() -> signups.signup(request("Copycat", slug, "other@" + slug + ".test"))))
                .containsExactly("slug=signup.error.slug-taken");
        assertThat(Errors.of(() -> signups.signup(request("Copycat", uniqueSlug(), "ADMIN@" + slug + ".test"))))
                .containsExactly("email=user.error.email-taken");
        assertThat(jdbc.count("SELECT count(*) FROM kehu.tenant")).isEqualTo(tenantsBefore);
    }

    @Test
    void badInputIsRefusedFieldByField() {
        assertThat(Errors.of(() -> signups.signup(new SignupRequest(" ", "x\"; DROP SCHEMA kehu; --", "", "nope",
                "short")))).containsExactlyInAnyOrder("companyName=validation.required", "slug=signup.error.slug-format",
                        "adminName=validation.required", "email=validation.email", "password=password.too-short");
        assertThat(Errors.of(() -> signups.signup(request("Weak", uniqueSlug(), "weak@pw.test", "password123A!"))))
                .containsExactly("password=password.guessable");
    }

    @Test
    void aSchemaThatExistsWithoutATenantIsNeitherReusedNorRemoved() {
        String slug = uniqueSlug();
        String schema = TenantService.schemaFor(slug);
        jdbc.template().execute("CREATE SCHEMA \"" + schema + "\"");
        jdbc.template().execute("CREATE TABLE \"" + schema + "\".somebody_elses (id int)");

        assertThat(Errors.of(() -> signups.signup(request("Late", slug, "admin@" + slug + ".test"))))
                .containsExactly("slug=signup.error.slug-taken");
        assertThat(jdbc.count("SELECT count(*) FROM kehu.tenant WHERE slug = ?", slug)).isZero();
        assertThat(jdbc.count("SELECT count(*) FROM information_schema.tables WHERE table_schema = ?", schema))
                .isEqualTo(1);
    }

    @Test
    void slugsAreSuggestedFromLatinCompanyNamesOnly() {
        assertThat(signups.suggestSlug("Hangzhou Lianxin Technology Co., Ltd.")).isEqualTo("hangzhou-lianxin-technology-co");
        assertThat(signups.suggestSlug("Café Über")).isEqualTo("cafe-uber");
        assertThat(signups.suggestSlug("杭州联信科技有限公司")).isEmpty();
        assertThat(signups.suggestSlug("42")).isEmpty();
    }

    @Test
    void aSlugMapsToASafeSchemaName() {
        assertThat(TenantService.schemaFor("acme-trading")).isEqualTo("t_acme_trading");
        assertThatThrownBy(() -> TenantService.schemaFor("Acme")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TenantService.schemaFor("a\"b")).isInstanceOf(IllegalArgumentException.class);
    }

    static String uniqueSlug() {
        return "su" + (System.nanoTime() % 100_000_000L) + "n" + SEQUENCE.incrementAndGet();
    }

    static SignupRequest request(String company, String slug, String email) {
        return request(company, slug, email, PASSWORD);
    }

    static SignupRequest request(String company, String slug, String email, String password) {
        return new SignupRequest(company, slug, "Admin", email, password);
    }
}
