package app.kehu.audit;

import java.time.Instant;

/** Filters of the audit log; null means "any". Actor matches a part of the actor's e-mail. */
public record AuditQuery(String actor, String entityType, AuditAction action, Instant from, Instant to) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null);
    }
}
