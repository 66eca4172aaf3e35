package app.kehu.tenancy;

/** A tenant schema of that name exists already; its owner is somebody else. */
public class SchemaExistsException extends RuntimeException {

    public SchemaExistsException(String schema) {
        super("Schema " + schema + " already exists");
    }
}
