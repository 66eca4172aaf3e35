package app.kehu.tenancy;

/**
 * What an authenticated principal tells the rest of the application: which tenant it belongs to and who it
 * is. The security package implements it; tenancy and audit read it without depending on security.
 */
public interface TenantPrincipal {

    TenantRef tenant();

    long userId();

    String email();

    String displayName();

    String tenantName();
}
