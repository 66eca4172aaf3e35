package app.kehu.fields;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A section as stored in the tenant's {@code section_definition}; read by others as {@link Section}. */
@Entity
@Table(name = "section_definition")
class SectionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "section_key", nullable = false, updatable = false)
    private String key;

    @Column(name = "label_zh", nullable = false)
    private String labelZh;

    @Column(name = "label_en", nullable = false)
    private String labelEn;

    @Column(nullable = false)
    private int position;

    @Column(name = "built_in", nullable = false, updatable = false)
    private boolean builtIn;

    @Version
    private long version;

    protected SectionEntity() {
    }

    SectionEntity(String key, LocalizedText label, int position) {
        this.key = key;
        this.labelZh = label.zh();
        this.labelEn = label.en();
        this.position = position;
    }

    Section toSection() {
        return new Section(key, new LocalizedText(labelZh, labelEn), position, builtIn, version);
    }

    Long getId() {
        return id;
    }

    String getKey() {
        return key;
    }

    int getPosition() {
        return position;
    }

    long getVersion() {
        return version;
    }

    void setLabel(LocalizedText label) {
        this.labelZh = label.zh();
        this.labelEn = label.en();
    }

    void setPosition(int position) {
        this.position = position;
    }
}
