package app.kehu.audit;

import java.util.Locale;
import java.util.Optional;

/**
 * Names the fields of audited entities whose labels are not fixed translations, such as customer fields an
 * admin defined and labelled. The features that own those entities provide one; the audit log asks them
 * without depending on them.
 */
public interface AuditFieldLabels {

    /** The label of a changed field of the entity type, if this provider knows it. */
    Optional<String> label(String entityType, String field, Locale locale);
}
