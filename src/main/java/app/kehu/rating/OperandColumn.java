package app.kehu.rating;

import app.kehu.fields.FieldType;

/**
 * Where a condition's operand comes from: the customer column (quoted by the SQL generator, from the field
 * registry only), the type its values are compared as, and the field key its value is read under. A derived
 * operand reads another field's value: {@link Operand#DAYS_SINCE_LAST_CONTACT} reads {@code lastContactAt}.
 */
record OperandColumn(String key, String column, FieldType type, String sourceKey) {

    boolean derived() {
        return !key.equals(sourceKey);
    }
}
