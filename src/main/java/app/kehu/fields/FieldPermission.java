package app.kehu.fields;

import app.kehu.security.Role;

/**
 * One role's access to one field.
 *
 * @param masked the role sees a phone or e-mail only partly (138****5678), never in full
 */
public record FieldPermission(String fieldKey, Role role, FieldAccess access, boolean masked) {

    /** What applies without a stored row: admins edit everything, whoever edits customers edits every field. */
    public static FieldPermission byDefault(String fieldKey, Role role) {
        return new FieldPermission(fieldKey, role, role.canEditCustomers() ? FieldAccess.EDIT : FieldAccess.READ,
                false);
    }
}
