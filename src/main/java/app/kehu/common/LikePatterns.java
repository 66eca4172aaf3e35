package app.kehu.common;

/** Text a user typed, made safe for SQL LIKE with backslash as the escape: % and _ match only themselves. */
public final class LikePatterns {

    private LikePatterns() {
    }

    /** "contains this text", trimmed. */
    public static String containing(String text) {
        return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
