package app.kehu.customer;

/**
 * A named grid view as the signed-in user sees it: whether it is theirs (so they may rename it) and whether
 * they may delete it (their own, or, for admins, a shared one).
 */
public record SavedView(long id, String name, boolean shared, boolean mine, boolean deletable,
        ViewSettings settings) {
}
