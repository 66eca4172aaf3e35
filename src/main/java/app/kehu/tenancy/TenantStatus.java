package app.kehu.tenancy;

public enum TenantStatus {
    /** Reserved by a signup that has not finished; nobody can sign in to it yet. */
    PROVISIONING, ACTIVE, SUSPENDED
}
