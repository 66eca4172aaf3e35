package app.kehu.fields;

/**
 * Partial values for roles that may know a phone or e-mail exists but not read it: enough to recognise it on
 * the phone with the customer, not enough to call or write.
 */
public final class Masking {

    private static final String STARS = "****";

    private Masking() {
    }

    public static boolean applies(FieldType type) {
        return type == FieldType.PHONE || type == FieldType.EMAIL;
    }

    /** 13812345678 → 138****5678; zhang.wei@example.com → z****@example.com; null stays null. */
    public static Object mask(FieldType type, Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        int at = text.indexOf('@');
        if (type == FieldType.EMAIL && at > 0) {
            return text.charAt(0) + STARS + text.substring(at);
        }
        return text.length() <= 7 ? STARS : text.substring(0, 3) + STARS + text.substring(text.length() - 4);
    }
}
