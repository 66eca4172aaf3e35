package app.kehu.common;

/**
 * Method-security expressions for services. Services use {@code @PreAuthorize} rather than the JSR-250
 * annotations, because those also sit on Vaadin views (for navigation access control): with JSR-250 method
 * security switched on, Spring would wrap every view in a proxy.
 */
public final class Access {

    public static final String ADMIN = "hasRole('ADMIN')";
    /** Those who work with the whole tenant's customers: hand them to others, share views with everyone. */
    public static final String MANAGERS = "hasAnyRole('ADMIN', 'MANAGER')";
    public static final String EDITORS = "hasAnyRole('ADMIN', 'MANAGER', 'STAFF')";
    public static final String SIGNED_IN = "isAuthenticated()";

    private Access() {
    }
}
