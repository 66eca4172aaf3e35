package app.kehu.audit;

import app.kehu.audit.AuditEvent.Actor;
import app.kehu.common.Access;
import app.kehu.common.LikePatterns;
import app.kehu.tenancy.TenantContext;
import app.kehu.tenancy.TenantPrincipal;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the tenant's audit log inside the caller's transaction, so a change and its audit entry commit or
 * roll back together; and lets admins read it.
 */
@Service
public class AuditService {

    private final AuditEventRepository events;
    private final ObjectProvider<AuditFieldLabels> labels;

    AuditService(AuditEventRepository events, ObjectProvider<AuditFieldLabels> labels) {
        this.events = events;
        this.labels = labels;
    }

    /** Records an action of the signed-in user. */
    @Transactional
    public void record(AuditAction action, String entityType, Object entityId, String summary,
            List<FieldChange> changes) {
        TenantPrincipal principal = TenantContext.principal()
                .orElseThrow(() -> new IllegalStateException("Audited action without a signed-in user"));
        recordAs(new Actor(principal.userId(), principal.email()), action, entityType, entityId, summary, changes);
    }

    /** Records an action whose actor is not (yet) signed in: sign-in attempts, signup. */
    @Transactional
    public void recordAs(Actor actor, AuditAction action, String entityType, Object entityId, String summary,
            List<FieldChange> changes) {
        events.save(new AuditEvent(actor, action, entityType, entityId == null ? null : entityId.toString(),
                summary, changes));
    }

    @PreAuthorize(Access.ADMIN)
    @Transactional(readOnly = true)
    public List<AuditEvent> search(AuditQuery query, int page, int pageSize) {
        return events.findAll(matching(query), PageRequest.of(page, pageSize,
                Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id")))).getContent();
    }

    @PreAuthorize(Access.ADMIN)
    @Transactional(readOnly = true)
    public long count(AuditQuery query) {
        return events.count(matching(query));
    }

    /**
     * How the fields of an entity type are called, where their feature names them (customer fields by the labels
     * the admin gave them); fields not in the map go by their fixed translation.
     */
    @PreAuthorize(Access.ADMIN)
    public Map<String, String> fieldLabels(String entityType, Locale locale) {
        Map<String, String> all = new HashMap<>();
        labels.orderedStream().forEach(provider -> provider.labels(entityType, locale).forEach(all::putIfAbsent));
        return all;
    }

    private static Specification<AuditEvent> matching(AuditQuery query) {
        return (root, criteria, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (query.actor() != null && !query.actor().isBlank()) {
                where.add(cb.like(cb.lower(root.get("actorEmail")),
                        LikePatterns.containing(query.actor().toLowerCase()), '\\'));
            }
            if (query.entityType() != null) {
                where.add(cb.equal(root.get("entityType"), query.entityType()));
            }
            if (query.action() != null) {
                where.add(cb.equal(root.get("action"), query.action()));
            }
            if (query.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), query.from()));
            }
            if (query.to() != null) {
                where.add(cb.lessThan(root.get("occurredAt"), query.to()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
