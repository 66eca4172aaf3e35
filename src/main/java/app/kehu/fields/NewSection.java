package app.kehu.fields;

/** A section to add: its key (lower snake case, like field keys) and its label in both languages. */
public record NewSection(String key, LocalizedText label) {
}
