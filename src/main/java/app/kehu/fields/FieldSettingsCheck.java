package app.kehu.fields;

import app.kehu.common.FieldError;
import app.kehu.common.ValidationException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks what an admin asks of a field before anything is changed, reporting every problem under the setting it
 * is about ({@code key}, {@code labelZh}, {@code maxLength}, {@code options}, {@code defaultValue}…).
 */
final class FieldSettingsCheck {

    static final Pattern KEY = Pattern.compile("^[a-z][a-z0-9_]{0,39}$");
    /** Names the customer row itself uses; a field called so would be ambiguous in imports and exports. */
    private static final Set<String> RESERVED_KEYS = Set.of("id", "version");
    private static final int MAX_LABEL = 100;
    private static final int MAX_HELP = 500;
    private static final int MAX_PATTERN = 500;
    private static final int MAX_OPTIONS = 100;
    /** The length of {@code field_definition.default_value}. */
    private static final int MAX_DEFAULT = 500;

    private FieldSettingsCheck() {
    }

    static void checkKey(String key, boolean taken, ValidationException.Collector errors) {
        if (key == null || !KEY.matcher(key).matches()) {
            errors.add("key", "fields.error.key-format");
        } else if (RESERVED_KEYS.contains(key)) {
            errors.add("key", "fields.error.key-reserved");
        } else if (taken) {
            errors.add("key", "fields.error.key-taken");
        }
    }

    static void checkType(FieldType type, ValidationException.Collector errors) {
        if (type == null) {
            errors.add("type", "validation.required");
        } else if (!type.isOfferedForCustomFields()) {
            errors.add("type", "fields.error.type-not-offered");
        }
    }

    static void checkLabels(LocalizedText label, String zhField, String enField, ValidationException.Collector errors) {
        checkText(label == null ? null : label.zh(), zhField, true, MAX_LABEL, errors);
        checkText(label == null ? null : label.en(), enField, true, MAX_LABEL, errors);
    }

    /**
     * Checks the settings of a custom field of the type. {@code field} is the field as it would be with these
     * settings, for checking the default like any other value of it.
     */
    static void check(FieldType type, FieldSettings settings, Set<String> sections, FieldDefinition field,
            ValidationException.Collector errors) {
        checkLabels(settings.label(), "labelZh", "labelEn", errors);
        checkText(settings.help().zh(), "helpZh", false, MAX_HELP, errors);
        checkText(settings.help().en(), "helpEn", false, MAX_HELP, errors);
        if (!sections.contains(settings.section())) {
            errors.add("section", "fields.error.unknown-section");
        }
        if (type == null) {
            return;
        }
        checkRules(type, settings.rules(), errors);
        checkOptions(type, settings.options(), errors);
        if (settings.unique() && !type.canBeUnique()) {
            errors.add("unique", "fields.error.unique-not-for-type");
        }
        if (settings.filterable() && !type.canBeIndexed()) {
            errors.add("filterable", "fields.error.filterable-not-for-type");
        }
        if (!errors.has("options") && !errors.has("pattern")) {
            checkDefault(type, settings, field, errors);
        }
    }

    /** A built-in field's storage and rules belong to the product: only labels, help and place may change. */
    static void checkBuiltIn(FieldDefinition current, FieldSettings settings, Set<String> sections,
            ValidationException.Collector errors) {
        checkLabels(settings.label(), "labelZh", "labelEn", errors);
        checkText(settings.help().zh(), "helpZh", false, MAX_HELP, errors);
        checkText(settings.help().en(), "helpEn", false, MAX_HELP, errors);
        if (!sections.contains(settings.section())) {
            errors.add("section", "fields.error.unknown-section");
        }
        FieldSettings fixed = current.settings();
        fixedSetting("required", fixed.required(), settings.required(), errors);
        fixedSetting("unique", fixed.unique(), settings.unique(), errors);
        fixedSetting("defaultValue", fixed.defaultValue(), settings.defaultValue(), errors);
        fixedSetting("rules", fixed.rules(), settings.rules(), errors);
        fixedSetting("options", fixed.options(), settings.options(), errors);
        fixedSetting("filterable", fixed.filterable(), settings.filterable(), errors);
    }

    private static void fixedSetting(String setting, Object current, Object wanted,
            ValidationException.Collector errors) {
        if (!Objects.equals(current, wanted)) {
            errors.add(setting, "fields.error.built-in-fixed");
        }
    }

    private static void checkText(String text, String field, boolean required, int max,
            ValidationException.Collector errors) {
        if (text == null || text.isBlank()) {
            if (required) {
                errors.add(field, "validation.required");
            }
        } else if (text.strip().length() > max) {
            errors.add(field, "validation.too-long", max);
        }
    }

    private static void checkRules(FieldType type, FieldRules rules, ValidationException.Collector errors) {
        boolean numeric = type.isNumeric();
        boolean textual = type == FieldType.TEXT || type == FieldType.LONG_TEXT || type == FieldType.EMAIL
                || type == FieldType.URL;
        notForType(rules.min() != null && !numeric, "min", errors);
        notForType(rules.max() != null && !numeric, "max", errors);
        notForType(rules.minLength() != null && !textual, "minLength", errors);
        notForType(rules.maxLength() != null && !textual, "maxLength", errors);
        notForType(rules.pattern() != null && type != FieldType.TEXT && type != FieldType.LONG_TEXT, "pattern",
                errors);
        if (numeric) {
            checkBound(type, rules.min(), "min", errors);
            checkBound(type, rules.max(), "max", errors);
        }
        if (rules.min() != null && rules.max() != null && rules.min().compareTo(rules.max()) > 0) {
            errors.add("max", "fields.error.min-above-max");
        }
        if (textual) {
            int limit = type.maxLengthLimit();
            if (rules.maxLength() != null && (rules.maxLength() < 1 || rules.maxLength() > limit)) {
                errors.add("maxLength", "fields.error.length-limit", limit);
            }
            if (rules.minLength() != null && rules.minLength() < 0) {
                errors.add("minLength", "fields.error.length-limit", limit);
            }
            int max = rules.maxLength() != null ? rules.maxLength() : type.defaultMaxLength();
            if (rules.minLength() != null && rules.minLength() > max && !errors.has("maxLength")) {
                errors.add("minLength", "fields.error.min-above-max");
            }
        }
        if (rules.pattern() != null && !errors.has("pattern")) {
            checkPattern(rules.pattern(), errors);
        }
    }

    private static void notForType(boolean wrong, String rule, ValidationException.Collector errors) {
        if (wrong) {
            errors.add(rule, "fields.error.rule-not-for-type");
        }
    }

    /** A bound must itself be a value the column can hold. */
    private static void checkBound(FieldType type, BigDecimal bound, String rule,
            ValidationException.Collector errors) {
        if (bound == null) {
            return;
        }
        BigDecimal plain = bound.stripTrailingZeros();
        if (plain.scale() > type.scale() || plain.precision() - plain.scale() > type.integerDigits()) {
            errors.add(rule, "fields.error.bound-not-storable");
        }
    }

    private static void checkPattern(String pattern, ValidationException.Collector errors) {
        if (pattern.isBlank() || pattern.length() > MAX_PATTERN) {
            errors.add("pattern", "fields.error.pattern-invalid");
            return;
        }
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            errors.add("pattern", "fields.error.pattern-invalid");
        }
    }

    private static void checkOptions(FieldType type, List<SelectOption> options, ValidationException.Collector errors) {
        if (!type.hasOptions()) {
            if (!options.isEmpty()) {
                errors.add("options", "fields.error.options-not-for-type");
            }
            return;
        }
        if (options.isEmpty()) {
            errors.add("options", "fields.error.options-required");
            return;
        }
        if (options.size() > MAX_OPTIONS) {
            errors.add("options", "fields.error.too-many-options", MAX_OPTIONS);
        }
        Set<String> seen = new HashSet<>();
        for (SelectOption option : options) {
            String value = option.value();
            if (value == null || !ValueFormats.OPTION_VALUE_PATTERN.matcher(value).matches()) {
                errors.add("options", "fields.error.option-value", value);
            } else if (!seen.add(value)) {
                errors.add("options", "fields.error.option-duplicate", value);
            }
            if (isBlank(option.labelZh()) || isBlank(option.labelEn()) || option.labelZh().length() > MAX_LABEL
                    || option.labelEn().length() > MAX_LABEL) {
                errors.add("options", "fields.error.option-label", value);
            }
            if (option.colour() != null && !ValueFormats.COLOUR_PATTERN.matcher(option.colour()).matches()) {
                errors.add("options", "fields.error.option-colour", value);
            }
        }
    }

    /** The default is checked like a customer's value of the field, and reported as the default's problem. */
    private static void checkDefault(FieldType type, FieldSettings settings, FieldDefinition field,
            ValidationException.Collector errors) {
        if (FieldValidator.isEmpty(settings.defaultValue())) {
            return;
        }
        if (type == FieldType.USER) {
            errors.add("defaultValue", "fields.error.no-default-for-type");
            return;
        }
        ValidationException.Collector valueErrors = new ValidationException.Collector();
        Object value = FieldValues.normalise(field, settings.defaultValue(), valueErrors);
        if (value != null) {
            FieldValidator.check(field, value, valueErrors);
        }
        for (FieldError error : valueErrors.errors()) {
            errors.add("defaultValue", error.messageKey(), error.args().toArray());
        }
        String stored = FieldValues.toText(value);
        if (valueErrors.errors().isEmpty() && stored != null && stored.length() > MAX_DEFAULT) {
            errors.add("defaultValue", "validation.too-long", MAX_DEFAULT);
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
