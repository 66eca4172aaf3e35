package app.kehu.fields;

import java.util.List;
import java.util.Locale;

/**
 * A ready-made set of fields (and sections) a tenant applies in one click and then edits like its own. Fields
 * are identified by key: applying a template adds only what the tenant does not have yet.
 */
public record FieldTemplate(String id, LocalizedText name, LocalizedText description, List<NewSection> sections,
        List<NewField> fields) {

    public FieldTemplate {
        sections = List.copyOf(sections);
        fields = List.copyOf(fields);
    }

    public String name(Locale locale) {
        return name.in(locale);
    }
}
