package app.kehu.fields;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The sections and fields of one tenant at one moment, in display order: sections by position, fields by their
 * section's position and then their own. A unit of work takes one set and sticks to it, so a form, a query and
 * its SQL always agree on the columns.
 */
public record FieldSet(List<Section> sections, List<FieldDefinition> all) {

    public FieldSet {
        Map<String, Integer> sectionOrder = sections.stream()
                .collect(Collectors.toMap(Section::key, Section::position));
        sections = sections.stream().sorted(Comparator.comparingInt(Section::position)).toList();
        all = all.stream().sorted(Comparator.<FieldDefinition>comparingInt(f -> sectionOrder.getOrDefault(f.section(),
                Integer.MAX_VALUE)).thenComparingInt(FieldDefinition::position)).toList();
    }

    /** The fields in use, without archived ones. */
    public List<FieldDefinition> active() {
        return all.stream().filter(f -> !f.archived()).toList();
    }

    public Optional<FieldDefinition> find(String key) {
        return active().stream().filter(f -> f.key().equals(key)).findFirst();
    }

    public Optional<FieldDefinition> findIncludingArchived(String key) {
        return all.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** The active field, or an IllegalArgumentException: callers pass keys that came from this set. */
    public FieldDefinition require(String key) {
        return find(key).orElseThrow(() -> new IllegalArgumentException("Unknown field: " + key));
    }

    public Optional<Section> section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst();
    }
}
