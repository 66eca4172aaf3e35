package app.kehu.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A stored grid view in the tenant's schema; the settings are JSON text written by {@link ViewSettingsJson}. */
@Entity
@Table(name = "saved_view")
class SavedViewRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(nullable = false)
    private String name;

    private boolean shared;

    @Column(nullable = false)
    private String settings;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SavedViewRow() {
    }

    SavedViewRow(long ownerId, String name, boolean shared, String settings) {
        this.ownerId = ownerId;
        this.name = name;
        this.shared = shared;
        this.settings = settings;
    }

    @PrePersist
    @PreUpdate
    void stamp() {
        updatedAt = Instant.now();
        if (createdAt == null) {
            createdAt = updatedAt;
        }
    }

    Long id() {
        return id;
    }

    long ownerId() {
        return ownerId;
    }

    String name() {
        return name;
    }

    void rename(String newName) {
        this.name = newName;
    }

    boolean shared() {
        return shared;
    }

    String settings() {
        return settings;
    }
}
