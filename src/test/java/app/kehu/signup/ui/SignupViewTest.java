package app.kehu.signup.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.kehu.customer.ui.CustomersView;
import app.kehu.fields.FieldDefinition;
import app.kehu.fields.FieldService;
import app.kehu.fields.FieldTemplate;
import app.kehu.security.KehuUser;
import app.kehu.security.PasswordPolicy;
import app.kehu.security.UserService;
import app.kehu.support.KaribuTest;
import app.kehu.support.TestTenants;
import app.kehu.support.TestTenants.Company;
import app.kehu.tenancy.TenantService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** A company signs up: on success its admin is signed in on the customer table; refusals name the field. */
class SignupViewTest extends KaribuTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    TenantService tenantService;
    @Autowired
    UserService userService;
    @Autowired
    FieldService fields;

    @BeforeEach
    void openSignup() {
        navigate(SignupView.class);
    }

    @Test
    void signingUpSignsTheAdminInAndOpensTheirCompanysEmptyCustomerTable() {
        Form form = Form.fresh();

        submit(form);

        assertView(CustomersView.class);
        assertThat(SecurityContextHolder.getContext().getAuthentication().getPrincipal())
                .isInstanceOfSatisfying(KehuUser.class, user -> assertThat(user.email()).isEqualTo(form.email()));
        assertThat(VaadinSession.getCurrent().getSession()
                .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY))
                .as("the sign-in outlives this request").isNotNull();
        assertThat(_get(Span.class, spec -> spec.withClasses("tenant-name")).getText()).isEqualTo(form.company());
        assertThat(_size(_get(Grid.class))).isZero();
        assertThat(tenantService.isSlugTaken(form.slug())).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCompanyThatChoosesATemplateStartsWithItsFields() {
        Form form = Form.fresh();
        Select<FieldTemplate> template = byId(Select.class, "signup-template");
        assertThat(template.getValue()).as("no template unless chosen").isNull();
        _setValue(template, template.getListDataView().getItems().filter(t -> t.id().equals("startup")).findFirst()
                .orElseThrow());

        submit(form);

        assertView(CustomersView.class);
        assertThat(fields.fields(false)).extracting(FieldDefinition::key)
                .contains("purchase_intent", "potential_score", "marketing_suggestion");
    }

    @Test
    void aLatinCompanyNameSuggestsTheWorkspaceIdUntilTheUserTypesTheirOwn() {
        _setValue(text("signup.company"), "Hangzhou Lianxin Technology");
        assertThat(text("signup.slug").getValue()).isEqualTo("hangzhou-lianxin-technology");

        _setValue(text("signup.company"), "杭州联信科技");
        assertThat(text("signup.slug").getValue()).as("no Latin letters, no suggestion").isEmpty();

        _setValue(text("signup.slug"), "lianxin");
        _setValue(text("signup.company"), "Lianxin Software");
        assertThat(text("signup.slug").getValue()).isEqualTo("lianxin");
    }

    @Test
    void theStrengthBarTellsAWeakPasswordFromAStrongOne() {
        ProgressBar strength = _get(ProgressBar.class);

        _setValue(password("signup.password"), "abcdef");
        assertThat(strength.getValue()).isLessThan(3);
        assertThat(strength.getThemeNames()).contains("error").doesNotContain("success");

        _setValue(password("signup.password"), TestTenants.PASSWORD + "Longer");
        assertThat(strength.getValue()).isGreaterThanOrEqualTo(3);
        assertThat(strength.getThemeNames()).contains("success").doesNotContain("error");
    }

    @Test
    void aTakenWorkspaceIdIsRefusedOnItsField() {
        Company existing = tenants.signUp();
        Form form = Form.fresh().withSlug(existing.slug());

        assertRefused(form, text("signup.slug"), t("signup.error.slug-taken"));
    }

    @Test
    void aTakenEmailIsRefusedOnItsField() {
        Company existing = tenants.signUp();
        Form form = Form.fresh().withEmail(existing.admin());

        assertRefused(form, text("signup.email"), t("user.error.email-taken"));
    }

    @Test
    void aWeakPasswordIsRefusedOnItsField() {
        Form form = Form.fresh().withPasswords("Short1!", "Short1!");

        assertRefused(form, password("signup.password"), t("password.too-short", PasswordPolicy.MIN_LENGTH));
    }

    @Test
    void aMismatchedConfirmationIsRefusedOnItsField() {
        Form form = Form.fresh().withPasswords(TestTenants.PASSWORD, TestTenants.PASSWORD + "x");

        assertRefused(form, password("signup.confirm-password"), t("signup.error.password-mismatch"));
    }

    /** Submits the form; only {@code field} must show {@code error}, nobody be signed in, nothing be kept. */
    private void assertRefused(Form form, HasValidation field, String error) {
        boolean slugTakenBefore = tenantService.isSlugTaken(form.slug());
        boolean emailTakenBefore = userService.isEmailTaken(form.email());

        submit(form);

        assertView(SignupView.class);
        assertThat(errorOf(field)).isEqualTo(error);
        assertThat(allFields()).filteredOn(f -> f != field).allSatisfy(f -> assertThat(f.isInvalid()).isFalse());
        assertThat(SecurityContextHolder.getContext().getAuthentication().getPrincipal())
                .isNotInstanceOf(KehuUser.class);
        assertThat(tenantService.isSlugTaken(form.slug())).isEqualTo(slugTakenBefore);
        assertThat(userService.isEmailTaken(form.email())).isEqualTo(emailTakenBefore);
    }

    private void submit(Form form) {
        _setValue(text("signup.company"), form.company());
        _setValue(text("signup.slug"), form.slug());
        _setValue(text("signup.admin-name"), form.adminName());
        _setValue(text("signup.email"), form.email());
        _setValue(password("signup.password"), form.password());
        _setValue(password("signup.confirm-password"), form.confirm());
        click("signup-submit");
    }

    private static List<HasValidation> allFields() {
        return List.of(text("signup.company"), text("signup.slug"), text("signup.admin-name"), text("signup.email"),
                password("signup.password"), password("signup.confirm-password"));
    }

    private static TextField text(String labelKey) {
        return _get(TextField.class, spec -> spec.withLabel(t(labelKey)));
    }

    private static PasswordField password(String labelKey) {
        return _get(PasswordField.class, spec -> spec.withLabel(t(labelKey)));
    }

    /** What a visitor types into the signup form. */
    private record Form(String company, String slug, String adminName, String email, String password,
            String confirm) {

        static Form fresh() {
            String slug = "signup" + System.nanoTime() % 1_000_000_000L + "x" + SEQUENCE.incrementAndGet();
            return new Form("Company " + slug, slug, "Admin " + slug, "admin@" + slug + ".test", TestTenants.PASSWORD,
                    TestTenants.PASSWORD);
        }

        Form withSlug(String value) {
            return new Form(company, value, adminName, email, password, confirm);
        }

        Form withEmail(String value) {
            return new Form(company, slug, adminName, value, password, confirm);
        }

        Form withPasswords(String value, String confirmation) {
            return new Form(company, slug, adminName, email, value, confirmation);
        }
    }
}
