package app.kehu.fields;

import java.util.List;
import java.util.Locale;

/**
 * What an admin sets on a field in the designer, apart from its key and type: labels and help in both
 * languages, section, the required/unique flags, a default, validation rules, select options and whether it
 * is indexed for filtering. The {@code with…} methods return a copy with one thing changed.
 *
 * @param defaultValue the value new customers start with: of the type's Java value type, or its text
 *                     (ISO dates, plain decimals, true/false, option values separated by commas)
 */
public record FieldSettings(LocalizedText label, LocalizedText help, String section, boolean required,
        boolean unique, Object defaultValue, FieldRules rules, List<SelectOption> options, boolean filterable) {

    public FieldSettings {
        options = options == null ? List.of() : List.copyOf(options);
        rules = rules == null ? FieldRules.NONE : rules;
        help = help == null ? new LocalizedText(null, null) : help;
    }

    public static FieldSettings of(String labelZh, String labelEn, String section) {
        return new FieldSettings(new LocalizedText(labelZh, labelEn), null, section, false, false, null, null,
                List.of(), false);
    }

    public FieldSettings withLabel(String zh, String en) {
        return new FieldSettings(new LocalizedText(zh, en), help, section, required, unique, defaultValue, rules,
                options, filterable);
    }

    public FieldSettings withHelp(String zh, String en) {
        return new FieldSettings(label, new LocalizedText(zh, en), section, required, unique, defaultValue, rules,
                options, filterable);
    }

    public FieldSettings withSection(String section) {
        return new FieldSettings(label, help, section, required, unique, defaultValue, rules, options, filterable);
    }

    public FieldSettings withRequired(boolean required) {
        return new FieldSettings(label, help, section, required, unique, defaultValue, rules, options, filterable);
    }

    public FieldSettings withUnique(boolean unique) {
        return new FieldSettings(label, help, section, required, unique, defaultValue, rules, options, filterable);
    }

    public FieldSettings withDefault(Object defaultValue) {
        return new FieldSettings(label, help, section, required, unique, defaultValue, rules, options, filterable);
    }

    public FieldSettings withRules(FieldRules rules) {
        return new FieldSettings(label, help, section, required, unique, defaultValue, rules, options, filterable);
    }

    public FieldSettings withOptions(List<SelectOption> options) {
        return new FieldSettings(label, help, section, required, unique, defaultValue, rules, options, filterable);
    }

    public FieldSettings withFilterable(boolean filterable) {
        return new FieldSettings(label, help, section, required, unique, defaultValue, rules, options, filterable);
    }

    /** The settings as typed, tidied: texts trimmed, blank help and pattern meaning "none", colours lower case. */
    FieldSettings tidied() {
        LocalizedText tidyLabel = label == null ? new LocalizedText(null, null)
                : new LocalizedText(strip(label.zh()), strip(label.en()));
        LocalizedText tidyHelp = new LocalizedText(blankToNull(help.zh()), blankToNull(help.en()));
        FieldRules tidyRules = new FieldRules(rules.min(), rules.max(), rules.minLength(), rules.maxLength(),
                blankToNull(rules.pattern()));
        List<SelectOption> tidyOptions = options.stream().map(o -> new SelectOption(strip(o.value()),
                strip(o.labelZh()), strip(o.labelEn()), o.colour() == null || o.colour().isBlank() ? null
                        : o.colour().strip().toLowerCase(Locale.ROOT))).toList();
        Object tidyDefault = defaultValue instanceof String text ? blankToNull(text) : defaultValue;
        return new FieldSettings(tidyLabel, tidyHelp, strip(section), required, unique, tidyDefault, tidyRules,
                tidyOptions, filterable);
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
