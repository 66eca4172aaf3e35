package app.kehu.signup;

/**
 * What a company types to sign up: its name, its workspace address (slug), its first admin, and optionally the
 * customer template to start with (a {@code FieldTemplate} id; null for none).
 */
public record SignupRequest(String companyName, String slug, String adminName, String email, String password,
        String templateId) {

    public SignupRequest(String companyName, String slug, String adminName, String email, String password) {
        this(companyName, slug, adminName, email, password, null);
    }
}
