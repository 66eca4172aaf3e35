package app.kehu.audit;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Immutable;

/** One entry of a tenant's append-only audit log (the table lives in the tenant's schema). */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_email")
    private String actorEmail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditAction action;

    @Column(name = "entity_type", nullable = false)
    private String entityType;

    @Column(name = "entity_id")
    private String entityId;

    private String summary;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "audit_event_change", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    private List<FieldChange> changes = new ArrayList<>();

    protected AuditEvent() {
    }

    AuditEvent(Actor actor, AuditAction action, String entityType, String entityId, String summary,
            List<FieldChange> changes) {
        this.occurredAt = Instant.now();
        this.actorId = actor.id();
        this.actorEmail = actor.email();
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.summary = summary == null || summary.length() <= 500 ? summary : summary.substring(0, 500);
        this.changes = new ArrayList<>(changes);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorEmail() {
        return actorEmail;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getSummary() {
        return summary;
    }

    public List<FieldChange> getChanges() {
        return List.copyOf(changes);
    }

    /** Who did it: a signed-in user, or someone named explicitly (a sign-in attempt, a signup). */
    public record Actor(Long id, String email) {
    }
}
