package app.kehu.security;

/** A user as other features show them: an owner in the customer grid, an actor in a list. */
public record UserSummary(long id, String displayName, String email, Role role, boolean active) {

    static UserSummary of(UserAccount account) {
        return new UserSummary(account.getId(), account.getDisplayName(), account.getEmail(), account.getRole(),
                account.isActive());
    }

    public String label() {
        return displayName + " <" + email + ">";
    }
}
