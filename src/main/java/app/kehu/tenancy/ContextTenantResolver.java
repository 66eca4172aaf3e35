package app.kehu.tenancy;

import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/** Hibernate asks this which schema a new session works in; without a tenant it is the control schema. */
class ContextTenantResolver implements CurrentTenantIdentifierResolver<String> {

    @Override
    public String resolveCurrentTenantIdentifier() {
        return TenantContext.current().map(TenantRef::schema).orElse(SchemaPerTenantConnectionProvider.CONTROL_SCHEMA);
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return false;
    }
}
