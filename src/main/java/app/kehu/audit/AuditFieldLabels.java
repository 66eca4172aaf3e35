package app.kehu.audit;

import java.util.Locale;
import java.util.Map;

/**
 * Names the fields of audited entities whose labels are not fixed translations, such as customer fields an
 * admin defined and labelled. The features that own those entities provide one; the audit log asks them
 * without depending on them.
 */
public interface AuditFieldLabels {

    /** Labels by field of the entity type; empty if this provider does not know the type. */
    Map<String, String> labels(String entityType, Locale locale);
}
