package app.kehu.customer;

import app.kehu.audit.AuditFieldLabels;
import app.kehu.fields.FieldRegistry;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Customer fields in the audit log go by their current labels, archived fields included. */
@Component
class CustomerFieldLabels implements AuditFieldLabels {

    private final FieldRegistry fields;

    CustomerFieldLabels(FieldRegistry fields) {
        this.fields = fields;
    }

    @Override
    public Optional<String> label(String entityType, String field, Locale locale) {
        if (!CustomerService.ENTITY.equals(entityType)) {
            return Optional.empty();
        }
        return fields.snapshot().findIncludingArchived(field).map(f -> f.label(locale));
    }
}
