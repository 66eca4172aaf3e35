package app.kehu.security;

public record NewUser(String email, String displayName, Role role, String password) {
}
