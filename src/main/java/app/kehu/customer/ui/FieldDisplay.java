package app.kehu.customer.ui;

import app.kehu.customer.CustomerService;
import app.kehu.fields.FieldDefinition;
import app.kehu.fields.FieldValues;
import app.kehu.ui.DisplayTimes;
import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A field's value as text for the user: owners by name, times in the server's zone, options by their label in the
 * UI's language. The grid and the customer page show values alike through it.
 */
final class FieldDisplay {

    private final CustomerService customers;
    private final Component ui;
    private final Locale locale;
    private final Map<Long, String> ownerNames = new HashMap<>();
    private final DateTimeFormatter timestamps;
    private final DateTimeFormatter dates;

    FieldDisplay(CustomerService customers, Component ui, Locale locale) {
        this.customers = customers;
        this.ui = ui;
        this.locale = locale;
        this.timestamps = DisplayTimes.moment(locale);
        this.dates = DisplayTimes.day(locale);
        customers.owners().forEach(o -> ownerNames.put(o.id(), o.displayName()));
    }

    String text(FieldDefinition field, Object value) {
        if (value == null) {
            return "";
        }
        return switch (field.type()) {
            // Owners who are no longer active (or joined after this view opened) are looked up once.
            case USER -> ownerNames.computeIfAbsent((Long) value,
                    id -> customers.ownerNames(List.of(id)).getOrDefault(id, "#" + id));
            case DATETIME -> timestamps.format((Instant) value);
            case DATE -> dates.format((LocalDate) value);
            case BOOLEAN -> ui.getTranslation(Boolean.TRUE.equals(value) ? "common.yes" : "common.no");
            case SINGLE_SELECT -> optionLabel(field, value);
            case TAGS, MULTI_SELECT -> ((Collection<?>) value).stream().map(v -> optionLabel(field, v))
                    .collect(Collectors.joining(", "));
            default -> FieldValues.toText(value);
        };
    }

    private String optionLabel(FieldDefinition field, Object value) {
        return field.option(value.toString()).map(o -> o.label(locale)).orElse(value.toString());
    }
}
