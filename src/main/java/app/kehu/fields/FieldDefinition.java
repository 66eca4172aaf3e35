package app.kehu.fields;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One field of the customer table as forms, the grid and the store see it: its key (what services and views
 * call it), its column (what the database calls it, generated, never typed by a user), type, section and
 * order, labels and help in both languages, rules, options and flags. Immutable; a change of the definition
 * is a new instance from {@link FieldRegistry}.
 *
 * @param defaultValue the value a new customer starts with, already of the type's Java value type
 * @param quickSearch  whether the grid's quick search looks at this field (built-in name, phone, e-mail,
 *                     company)
 * @param readOnly     kept by the system (created, updated), or read-only for the user's role: never written
 *                     through a form
 */
public record FieldDefinition(String key, String column, FieldType type, String section, int position,
        LocalizedText label, LocalizedText help, boolean required, boolean unique, Object defaultValue,
        FieldRules rules, List<SelectOption> options, boolean filterable, boolean quickSearch, boolean readOnly,
        boolean archived, boolean builtIn, long version) {

    public FieldDefinition {
        options = List.copyOf(options);
        rules = rules == null ? FieldRules.NONE : rules;
    }

    public String label(Locale locale) {
        return label.in(locale);
    }

    /** The help text for the locale, or null if the field has none. */
    public String help(Locale locale) {
        return help == null ? null : help.in(locale);
    }

    /** The longest text accepted: the admin's limit, or the type's default. */
    public int maxLength() {
        return rules.maxLength() != null ? rules.maxLength() : type.defaultMaxLength();
    }

    public Optional<SelectOption> option(String value) {
        return options.stream().filter(o -> o.value().equals(value)).findFirst();
    }

    /** What the designer edits, as it is now. */
    public FieldSettings settings() {
        return new FieldSettings(label, help, section, required, unique, defaultValue, rules, options, filterable);
    }

    /** The unique index that holds a unique field's values apart; its name identifies the field in errors. */
    public String uniqueIndex() {
        return "customer_" + column + "_uk";
    }

    /** The index that makes a filterable field fast to filter and sort. */
    public String filterIndex() {
        return "customer_" + column + "_ix";
    }

    /** This field as a role sees it: read-only if it may not write it, out of the quick search if masked. */
    public FieldDefinition restricted(boolean writable, boolean searchable) {
        return new FieldDefinition(key, column, type, section, position, label, help, required, unique,
                defaultValue, rules, options, filterable, quickSearch && searchable, readOnly || !writable, archived,
                builtIn, version);
    }
}
