package app.kehu.customer;

import app.kehu.audit.AuditFieldLabels;
import app.kehu.fields.FieldDefinition;
import app.kehu.fields.FieldRegistry;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Customer fields in the audit log go by their current labels, archived fields included. */
@Component
class CustomerFieldLabels implements AuditFieldLabels {

    private final FieldRegistry fields;

    CustomerFieldLabels(FieldRegistry fields) {
        this.fields = fields;
    }

    @Override
    public Map<String, String> labels(String entityType, Locale locale) {
        if (!CustomerService.ENTITY.equals(entityType)) {
            return Map.of();
        }
        return fields.snapshot().all().stream()
                .collect(Collectors.toMap(FieldDefinition::key, field -> field.label(locale)));
    }
}
