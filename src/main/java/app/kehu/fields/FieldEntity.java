package app.kehu.fields;

import app.kehu.common.ValidationException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A field as stored in the tenant's {@code field_definition}, with its select options in {@code field_option}.
 * Only {@link FieldService} changes it, together with the column it describes; everyone else reads
 * {@link FieldDefinition}s from the {@link FieldRegistry}.
 */
@Entity
@Table(name = "field_definition")
class FieldEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "field_key", nullable = false, updatable = false)
    private String key;

    @Column(name = "column_name", nullable = false, updatable = false)
    private String column;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FieldType type;

    @Column(name = "section_id", nullable = false)
    private long sectionId;

    @Column(nullable = false)
    private int position;

    @Column(name = "label_zh", nullable = false)
    private String labelZh;

    @Column(name = "label_en", nullable = false)
    private String labelEn;

    @Column(name = "help_zh")
    private String helpZh;

    @Column(name = "help_en")
    private String helpEn;

    @Column(nullable = false)
    private boolean required;

    @Column(name = "unique_values", nullable = false)
    private boolean unique;

    /** The default as canonical text ({@link FieldValues#toText}), read back by {@link FieldValues#normalise}. */
    @Column(name = "default_value")
    private String defaultValue;

    @Column(name = "min_value")
    private BigDecimal minValue;

    @Column(name = "max_value")
    private BigDecimal maxValue;

    @Column(name = "min_length")
    private Integer minLength;

    @Column(name = "max_length")
    private Integer maxLength;

    private String pattern;

    @Column(nullable = false)
    private boolean filterable;

    @Column(name = "quick_search", nullable = false, updatable = false)
    private boolean quickSearch;

    @Column(name = "read_only", nullable = false, updatable = false)
    private boolean readOnly;

    @Column(nullable = false)
    private boolean archived;

    @Column(name = "built_in", nullable = false, updatable = false)
    private boolean builtIn;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "field_option", joinColumns = @JoinColumn(name = "field_id"))
    @OrderColumn(name = "position")
    private List<SelectOption> options = new ArrayList<>();

    protected FieldEntity() {
    }

    /** A new custom field; its column is generated from the (validated) key. */
    FieldEntity(String key, FieldType type, long sectionId, int position) {
        this.key = key;
        this.column = "cf_" + key;
        this.type = type;
        this.sectionId = sectionId;
        this.position = position;
    }

    /** The definition as others see it, with the default read back as its type. */
    FieldDefinition toDefinition(String sectionKey) {
        FieldDefinition withoutDefault = definition(sectionKey, null);
        if (defaultValue == null) {
            return withoutDefault;
        }
        // Stored defaults were validated when they were set, and are converted along with a type change.
        return definition(sectionKey, FieldValues.normalise(withoutDefault, defaultValue,
                new ValidationException.Collector()));
    }

    private FieldDefinition definition(String sectionKey, Object typedDefault) {
        return new FieldDefinition(key, column, type, sectionKey, position, new LocalizedText(labelZh, labelEn),
                new LocalizedText(helpZh, helpEn), required, unique, typedDefault,
                new FieldRules(minValue, maxValue, minLength, maxLength, pattern), options, filterable, quickSearch,
                readOnly, archived, builtIn, version);
    }

    /** Takes over what the designer sets; the caller has validated the settings and found the section. */
    void apply(FieldSettings settings, long sectionId, String defaultText) {
        this.labelZh = settings.label().zh();
        this.labelEn = settings.label().en();
        this.helpZh = settings.help().zh();
        this.helpEn = settings.help().en();
        this.sectionId = sectionId;
        this.required = settings.required();
        this.unique = settings.unique();
        this.defaultValue = defaultText;
        this.minValue = settings.rules().min();
        this.maxValue = settings.rules().max();
        this.minLength = settings.rules().minLength();
        this.maxLength = settings.rules().maxLength();
        this.pattern = settings.rules().pattern();
        this.filterable = settings.filterable();
        if (!options.equals(settings.options())) {
            options.clear();
            options.addAll(settings.options());
        }
    }

    /** A computed field's options follow what computes it (the grade's follow the rating bands). */
    void replaceOptions(List<SelectOption> replacement) {
        options.clear();
        options.addAll(replacement);
    }

    /** Only labels, help and place change on a built-in field; its storage and rules are the product's. */
    void applyToBuiltIn(FieldSettings settings, long sectionId) {
        this.labelZh = settings.label().zh();
        this.labelEn = settings.label().en();
        this.helpZh = settings.help().zh();
        this.helpEn = settings.help().en();
        this.sectionId = sectionId;
    }

    Long getId() {
        return id;
    }

    String getKey() {
        return key;
    }

    long getSectionId() {
        return sectionId;
    }

    int getPosition() {
        return position;
    }

    boolean isArchived() {
        return archived;
    }

    boolean isBuiltIn() {
        return builtIn;
    }

    long getVersion() {
        return version;
    }

    void setType(FieldType type) {
        this.type = type;
    }

    void setPosition(int position) {
        this.position = position;
    }

    void setArchived(boolean archived) {
        this.archived = archived;
    }
}
