package app.kehu.fields;

/**
 * A custom field to add: its key (lower snake case; its column will be {@code cf_<key>}), its type and its
 * settings.
 */
public record NewField(String key, FieldType type, FieldSettings settings) {
}
