package app.kehu.fields;

/**
 * What the database enforces for a field's column: NOT NULL for a required field that is in use (an archived
 * field is left out of forms, so new customers could not fill it), a unique index for a unique field, and an
 * index for filtering, which a unique index makes unnecessary.
 */
record ColumnShape(boolean notNull, boolean uniqueIndex, boolean filterIndex) {

    static final ColumnShape NONE = new ColumnShape(false, false, false);

    static ColumnShape of(FieldDefinition field) {
        if (field.builtIn()) {
            return NONE; // built-in columns are shaped by the tenant changelog, never by the designer
        }
        return new ColumnShape(field.required() && !field.archived(), field.unique(),
                field.filterable() && !field.unique() && field.type().canBeIndexed());
    }

    /** The shape left after a type change, which drops the indexes of the old type. */
    ColumnShape withoutIndexes() {
        return new ColumnShape(notNull, false, false);
    }
}
