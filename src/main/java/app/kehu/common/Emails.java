package app.kehu.common;

import java.util.regex.Pattern;

/** The e-mail syntax Kehu accepts everywhere: a pragmatic subset of RFC 5322 that people actually use. */
public final class Emails {

    /**
     * The syntax as a regular expression that means the same to Java and to PostgreSQL, so the database can
     * check stored values exactly as the application checks input.
     */
    public static final String PATTERN = "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@"
            + "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$";
    public static final int MAX_LENGTH = 254;
    private static final Pattern EMAIL = Pattern.compile(PATTERN);

    private Emails() {
    }

    public static boolean isValid(String email) {
        return email != null && email.length() <= MAX_LENGTH && EMAIL.matcher(email).matches();
    }
}
