package app.kehu.fields;

import app.kehu.security.Role;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What one role may do with each field: the stored permissions, the defaults for fields without one, and the
 * rule that admins see and edit everything in full. Services read customers through {@link #seen(FieldSet)}
 * and hand values out through {@link #present}, so a hidden field is never selected and a masked one never
 * leaves in full.
 */
public final class FieldPermissions {

    private final Role role;
    private final Map<String, FieldPermission> stored;

    FieldPermissions(Role role, Map<String, FieldPermission> stored) {
        this.role = role;
        this.stored = Map.copyOf(stored);
    }

    public Role role() {
        return role;
    }

    public FieldPermission of(FieldDefinition field) {
        if (role == Role.ADMIN) {
            return FieldPermission.byDefault(field.key(), role);
        }
        FieldPermission permission = stored.getOrDefault(field.key(), FieldPermission.byDefault(field.key(), role));
        // A masking flag left on a field whose type changed since no longer applies.
        return permission.masked() && !Masking.applies(field.type())
                ? new FieldPermission(field.key(), role, permission.access(), false) : permission;
    }

    public boolean visible(FieldDefinition field) {
        return of(field).access().visible();
    }

    /** Whether the role may change the field's value (system-kept fields are read-only for everyone anyway). */
    public boolean editable(FieldDefinition field) {
        return of(field).access() == FieldAccess.EDIT && role.canEditCustomers() && !field.readOnly();
    }

    public boolean masked(FieldDefinition field) {
        return visible(field) && of(field).masked();
    }

    /** Whether the role may filter, sort and search on the field: not if it cannot read it in full. */
    public boolean searchable(FieldDefinition field) {
        return visible(field) && !masked(field);
    }

    /**
     * The fields as the role sees them: hidden ones left out (so they are neither selected nor searched),
     * read-only ones marked read-only, masked ones out of the quick search (so digits cannot probe them).
     */
    public FieldSet seen(FieldSet set) {
        return new FieldSet(set.sections(), set.all().stream().filter(this::visible)
                .map(f -> f.restricted(editable(f), searchable(f)))
                .toList());
    }

    /** The values the role may see, masked where it must not read them in full. */
    public Map<String, Object> present(FieldSet set, Map<String, Object> values) {
        Map<String, Object> shown = new LinkedHashMap<>();
        values.forEach((key, value) -> set.find(key).filter(this::visible).ifPresent(field ->
                shown.put(key, masked(field) ? Masking.mask(field.type(), value) : value)));
        return shown;
    }

    /** Whether a written value is just the masked value the role was shown, i.e. no change at all. */
    public boolean isShownMask(FieldDefinition field, Object written, Object current) {
        return masked(field) && written != null && Objects.equals(written, Masking.mask(field.type(), current));
    }
}
