package app.kehu.fields;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The fields of a tenant's customer table, in display order. Today these are the built-in basic-information
 * fields; custom fields (real typed columns) will join them here, so that the store, forms and grid follow.
 */
@Component
public class FieldRegistry {

    public static final String NAME = "name";
    public static final String OWNER = "owner";
    public static final String TAGS = "tags";
    public static final String CREATED = "createdAt";
    public static final String UPDATED = "updatedAt";

    private static final List<FieldDefinition> BUILT_IN = List.of(
            text(NAME, "name", true, true, 200),
            new FieldDefinition("phone", "phone", FieldType.PHONE, Section.BASIC, false, false, true, 40),
            new FieldDefinition("email", "email", FieldType.EMAIL, Section.BASIC, false, false, true, 254),
            text("company", "company", false, true, 200),
            text("position", "position", false, false, 100),
            text("industry", "industry", false, false, 100),
            text("region", "region", false, false, 100),
            text("sourceChannel", "source_channel", false, false, 100),
            new FieldDefinition(OWNER, "owner_id", FieldType.USER, Section.BASIC, false, false, false, 0),
            new FieldDefinition(TAGS, "tags", FieldType.TAGS, Section.BASIC, false, false, false, 30),
            new FieldDefinition(CREATED, "created_at", FieldType.DATETIME, Section.SYSTEM, false, true, false, 0),
            new FieldDefinition(UPDATED, "updated_at", FieldType.DATETIME, Section.SYSTEM, false, true, false, 0));

    public List<FieldDefinition> fields() {
        return BUILT_IN;
    }

    public Optional<FieldDefinition> find(String key) {
        return BUILT_IN.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    public FieldDefinition require(String key) {
        return find(key).orElseThrow(() -> new IllegalArgumentException("Unknown field: " + key));
    }

    private static FieldDefinition text(String key, String column, boolean required, boolean quickSearch,
            int maxLength) {
        return new FieldDefinition(key, column, FieldType.TEXT, Section.BASIC, required, false, quickSearch,
                maxLength);
    }
}
