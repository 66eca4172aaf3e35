package app.kehu.fields;

import app.kehu.common.Emails;
import java.util.regex.Pattern;

/**
 * The formats of typed text, each written once as a regular expression that means the same to Java and to
 * PostgreSQL: the validator checks input with them, and a type change checks stored values with the very same
 * expressions (bound as parameters), so "convertible" and "valid" never disagree.
 */
final class ValueFormats {

    static final String EMAIL = Emails.PATTERN;
    /** Digits with the separators people type: +86 138 0013 8000, 010-6552 9988, (021) 5888-1234. */
    static final String PHONE = "^\\+?[0-9() -]{6,24}$";
    static final int PHONE_MIN_DIGITS = 6;
    static final int PHONE_MAX_DIGITS = 15;
    /** An http(s) address with a host; anything after the host is the site's business. */
    static final String URL = "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+([/?#]\\S*)?$";
    /** A whole number that fits a bigint with room to spare. */
    static final String INTEGER = "^[+-]?[0-9]{1,18}$";
    /** A plain decimal number: no exponent, no thousands separators. */
    static final String DECIMAL = "^[+-]?[0-9]+(\\.[0-9]+)?$";
    static final String DATE = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
    /** Option values are what rows store; kept simple so that lists of them can be written with commas. */
    static final String OPTION_VALUE = "^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$";
    static final String COLOUR = "^#[0-9a-f]{6}$";

    static final Pattern PHONE_PATTERN = Pattern.compile(PHONE);
    static final Pattern URL_PATTERN = Pattern.compile(URL);
    static final Pattern INTEGER_PATTERN = Pattern.compile(INTEGER);
    static final Pattern DECIMAL_PATTERN = Pattern.compile(DECIMAL);
    static final Pattern OPTION_VALUE_PATTERN = Pattern.compile(OPTION_VALUE);
    static final Pattern COLOUR_PATTERN = Pattern.compile(COLOUR);

    private ValueFormats() {
    }

    static boolean isPhone(String text) {
        long digits = text.chars().filter(Character::isDigit).count();
        return PHONE_PATTERN.matcher(text).matches() && digits >= PHONE_MIN_DIGITS && digits <= PHONE_MAX_DIGITS;
    }

    static boolean isUrl(String text) {
        return URL_PATTERN.matcher(text).matches();
    }
}
