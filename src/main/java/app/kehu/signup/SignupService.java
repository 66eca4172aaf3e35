package app.kehu.signup;

import app.kehu.audit.AuditEvent.Actor;
import app.kehu.common.Emails;
import app.kehu.common.FieldError;
import app.kehu.common.ValidationException;
import app.kehu.fields.FieldService;
import app.kehu.fields.FieldTemplate;
import app.kehu.security.PasswordPolicy;
import app.kehu.security.SessionLogin;
import app.kehu.security.UserService;
import app.kehu.security.UserSummary;
import app.kehu.tenancy.Tenant;
import app.kehu.tenancy.SchemaExistsException;
import app.kehu.tenancy.TenantContext;
import app.kehu.tenancy.TenantService;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs a company up: reserves its slug, creates and migrates its schema, then activates it with its first
 * admin in one transaction. Any failure removes the schema and the reservation again, so a failed signup
 * leaves nothing behind.
 */
@Service
public class SignupService {

    private final TenantService tenants;
    private final UserService users;
    private final TransactionTemplate transaction;
    private final SessionLogin sessionLogin;
    private final FieldService fields;

    SignupService(TenantService tenants, UserService users, TransactionTemplate transaction,
            SessionLogin sessionLogin, FieldService fields) {
        this.tenants = tenants;
        this.users = users;
        this.transaction = transaction;
        this.sessionLogin = sessionLogin;
        this.fields = fields;
    }

    /** The customer templates a company may start with (see {@link SignupRequest#templateId()}). */
    public List<FieldTemplate> templates() {
        return fields.templatesOfferedAtSignup();
    }

    /** Signs the company up and its new admin in, in this browser session. */
    public SignedUp signupAndLogin(SignupRequest request) {
        SignedUp signedUp = signup(request);
        sessionLogin.login(signedUp.adminEmail(), request.password());
        return signedUp;
    }

    public SignedUp signup(SignupRequest request) {
        SignupRequest input = trimmed(request);
        validate(input);
        Tenant tenant = reserve(input);
        boolean schemaCreated = false;
        try {
            tenants.createSchema(tenant);
            schemaCreated = true;
            tenants.migrateSchema(tenant);
            UserSummary admin = TenantContext.call(tenant.ref(), () -> transaction.execute(status -> {
                tenants.activate(tenant.getId());
                UserSummary first = users.createFirstAdmin(tenant.ref(), input.email(), input.adminName(),
                        input.password());
                if (input.templateId() != null) {
                    fields.applyTemplateAtSignup(tenant.ref(), new Actor(first.id(), first.email()),
                            input.templateId());
                }
                return first;
            }));
            return new SignedUp(tenant.getId(), tenant.getSlug(), admin.email());
        } catch (SchemaExistsException e) {
            tenants.discard(tenant, false);
            throw slugTaken();
        } catch (RuntimeException e) {
            tenants.discard(tenant, schemaCreated);
            throw e;
        }
    }

    /** A workspace address suggested from the company name, or "" when the name has no Latin letters. */
    public String suggestSlug(String companyName) {
        if (companyName == null) {
            return "";
        }
        String ascii = Normalizer.normalize(companyName, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (ascii.length() > 30) {
            ascii = ascii.substring(0, 30).replaceAll("-+$", "");
        }
        return ascii.matches("^[a-z].{2,}") ? ascii : "";
    }

    public int passwordStrength(String password) {
        return PasswordPolicy.strength(password);
    }

    private Tenant reserve(SignupRequest input) {
        try {
            return tenants.reserve(input.slug(), input.companyName());
        } catch (DataIntegrityViolationException e) {
            throw slugTaken();
        }
    }

    private static ValidationException slugTaken() {
        return new ValidationException(new FieldError("slug", "signup.error.slug-taken"));
    }

    private void validate(SignupRequest input) {
        ValidationException.Collector errors = new ValidationException.Collector();
        if (input.companyName().isEmpty()) {
            errors.add("companyName", "validation.required");
        } else if (input.companyName().length() > 200) {
            errors.add("companyName", "validation.too-long", 200);
        }
        if (!TenantService.SLUG.matcher(input.slug()).matches()) {
            errors.add("slug", "signup.error.slug-format");
        } else if (tenants.isSlugTaken(input.slug())) {
            errors.add("slug", "signup.error.slug-taken");
        }
        if (input.adminName().isEmpty()) {
            errors.add("adminName", "validation.required");
        } else if (input.adminName().length() > 100) {
            errors.add("adminName", "validation.too-long", 100);
        }
        if (!Emails.isValid(input.email())) {
            errors.add("email", "validation.email");
        } else if (users.isEmailTaken(input.email())) {
            errors.add("email", "user.error.email-taken");
        }
        PasswordPolicy.check(input.password(), input.email(), "password", errors);
        if (input.templateId() != null && !fields.isTemplate(input.templateId())) {
            errors.add("template", "signup.error.template");
        }
        errors.throwIfAny();
    }

    private static SignupRequest trimmed(SignupRequest r) {
        String template = r.templateId() == null || r.templateId().isBlank() ? null : r.templateId().strip();
        return new SignupRequest(strip(r.companyName()), strip(r.slug()).toLowerCase(Locale.ROOT), strip(r.adminName()),
                strip(r.email()), r.password() == null ? "" : r.password(), template);
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    public record SignedUp(long tenantId, String slug, String adminEmail) {
    }
}
