package app.kehu.fields;

/**
 * One field of the customer table: its key (what services and views call it), its column (what the
 * database calls it), type, section and rules. Columns come only from here, never from user input.
 */
public record FieldDefinition(String key, String column, FieldType type, Section section, boolean required,
        boolean readOnly, boolean quickSearch, int maxLength) {

    public String labelKey() {
        return "field." + key;
    }
}
