package app.kehu.security;

/** A user's role within their tenant. */
public enum Role {
    ADMIN, MANAGER, STAFF, VIEWER;

    public String authority() {
        return "ROLE_" + name();
    }

    public boolean canEditCustomers() {
        return this != VIEWER;
    }

    /** Staff work only with the customers they own; everyone else sees the whole table. */
    public boolean seesAllCustomers() {
        return this != STAFF;
    }
}
