package app.kehu.fields;

/** What a role may do with a field of customers. */
public enum FieldAccess {
    HIDDEN, READ, EDIT;

    public boolean visible() {
        return this != HIDDEN;
    }
}
