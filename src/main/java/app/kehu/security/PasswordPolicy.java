package app.kehu.security;

import app.kehu.common.ValidationException;
import java.util.Locale;
import java.util.Set;

/** What makes a password acceptable, and how strong it looks (0 to 4) for a meter next to the field. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    private static final Set<String> COMMON = Set.of("password", "12345678", "qwertyuiop", "1234567890",
            "iloveyou", "admin", "woaini", "abc123", "letmein", "welcome");

    private PasswordPolicy() {
    }

    /** Adds this password's problems, if any, to the collector under the given field name. */
    public static void check(String password, String email, String field, ValidationException.Collector errors) {
        if (password == null || password.length() < MIN_LENGTH) {
            errors.add(field, "password.too-short", MIN_LENGTH);
        } else if (characterClasses(password) < 3) {
            errors.add(field, "password.too-simple");
        } else if (isGuessable(password, email)) {
            errors.add(field, "password.guessable");
        }
    }

    public static int strength(String password) {
        if (password == null || password.isEmpty()) {
            return 0;
        }
        int score = Math.min(2, password.length() / MIN_LENGTH) + Math.max(0, characterClasses(password) - 2);
        return Math.min(4, score);
    }

    private static int characterClasses(String password) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }

    private static boolean isGuessable(String password, String email) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.stream().anyMatch(lower::contains)) {
            return true;
        }
        if (email == null || !email.contains("@")) {
            return false;
        }
        String localPart = email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT);
        return localPart.length() >= 4 && lower.contains(localPart);
    }
}
