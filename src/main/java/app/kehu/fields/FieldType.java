package app.kehu.fields;

/** How a field's values are stored, edited, filtered and checked. */
public enum FieldType {
    TEXT, EMAIL, PHONE, USER, TAGS, DATETIME;

    /** Types whose filter is "contains this text". */
    public boolean isTextual() {
        return this == TEXT || this == EMAIL || this == PHONE;
    }
}
