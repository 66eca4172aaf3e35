package app.kehu.fields;

import java.util.Locale;

/**
 * A section of the customer statistics table. Four are built in (基本信息 basic, 行为数据 behaviour, 价值评估
 * value, 营销建议 marketing); admins add their own.
 */
public record Section(String key, LocalizedText label, int position, boolean builtIn, long version) {

    public static final String BASIC = "basic";
    public static final String BEHAVIOUR = "behaviour";
    public static final String VALUE = "value";
    public static final String MARKETING = "marketing";

    public String label(Locale locale) {
        return label.in(locale);
    }
}
