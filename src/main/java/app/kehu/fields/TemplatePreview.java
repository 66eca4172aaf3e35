package app.kehu.fields;

import java.util.List;

/**
 * What applying a template does to a tenant: the sections and fields it adds, and the fields it skips because
 * the tenant already has a field with that key (active or archived). After applying, the same shape says what
 * was done.
 */
public record TemplatePreview(String templateId, List<NewSection> sectionsToAdd, List<NewField> fieldsToAdd,
        List<NewField> fieldsSkipped) {

    public TemplatePreview {
        sectionsToAdd = List.copyOf(sectionsToAdd);
        fieldsToAdd = List.copyOf(fieldsToAdd);
        fieldsSkipped = List.copyOf(fieldsSkipped);
    }

    public boolean addsNothing() {
        return sectionsToAdd.isEmpty() && fieldsToAdd.isEmpty();
    }
}
