package app.kehu.signup;

/** What a company types to sign up: its name, its workspace address (slug) and its first admin. */
public record SignupRequest(String companyName, String slug, String adminName, String email, String password) {
}
