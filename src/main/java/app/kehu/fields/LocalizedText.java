package app.kehu.fields;

import java.util.Locale;

/** A text an admin writes in both UI languages, such as a field's label; zh-CN and English are both first-class. */
public record LocalizedText(String zh, String en) {

    public static LocalizedText of(String zh, String en) {
        return new LocalizedText(zh, en);
    }

    /** The text for the locale: Chinese for any zh locale, English otherwise; the other one if that is missing. */
    public String in(Locale locale) {
        boolean chinese = locale != null && "zh".equals(locale.getLanguage());
        String preferred = chinese ? zh : en;
        String other = chinese ? en : zh;
        return preferred == null || preferred.isBlank() ? other : preferred;
    }
}
