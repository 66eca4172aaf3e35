package app.kehu.support;

import app.kehu.security.NewUser;
import app.kehu.security.Role;
import app.kehu.security.RunAs;
import app.kehu.security.UserService;
import app.kehu.signup.SignupRequest;
import app.kehu.signup.SignupService;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/** Signs up fresh companies and adds users to them, each with unique names, through the real services. */
@Component
public class TestTenants {

    public static final String PASSWORD = "Test-Passw0rd!";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final SignupService signups;
    private final UserService users;
    private final RunAs runAs;

    TestTenants(SignupService signups, UserService users, RunAs runAs) {
        this.signups = signups;
        this.users = users;
        this.runAs = runAs;
    }

    /** A new company; returns its admin's e-mail. */
    public Company signUp() {
        String slug = "co" + System.nanoTime() % 1_000_000_000L + "x" + SEQUENCE.incrementAndGet();
        String admin = "admin@" + slug + ".test";
        var signedUp = signups.signup(new SignupRequest(companyName(slug), slug, adminName(slug), admin, PASSWORD));
        return new Company(signedUp.tenantId(), slug, admin);
    }

    /** A new user of the company with the role; returns their e-mail. */
    public String addUser(Company company, Role role) {
        String email = role.name().toLowerCase() + SEQUENCE.incrementAndGet() + "@" + company.slug() + ".test";
        runAs.run(company.admin(),
                () -> users.createUser(new NewUser(email, displayName(role, email), role, PASSWORD)));
        return email;
    }

    /** The name {@link #addUser} gives a user, as lists and the customer table show it. */
    public static String displayName(Role role, String email) {
        return role + " " + email;
    }

    private static String companyName(String slug) {
        return "Company " + slug;
    }

    private static String adminName(String slug) {
        return "Admin " + slug;
    }

    public record Company(long tenantId, String slug, String admin) {

        public String name() {
            return companyName(slug);
        }

        public String adminName() {
            return TestTenants.adminName(slug);
        }
    }
}
