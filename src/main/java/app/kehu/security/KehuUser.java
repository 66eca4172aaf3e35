package app.kehu.security;

import app.kehu.tenancy.TenantPrincipal;
import app.kehu.tenancy.TenantRef;
import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user: who they are, their tenant and their role. Kept in the HTTP session. */
public final class KehuUser implements UserDetails, TenantPrincipal, CredentialsContainer, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long userId;
    private final String email;
    private final String displayName;
    private final Role role;
    private final TenantRef tenant;
    private final String tenantName;
    private final boolean enabled;
    private String passwordHash;

    KehuUser(UserAccount account, TenantRef tenant, String tenantName, boolean tenantActive) {
        this.userId = account.getId();
        this.email = account.getEmail();
        this.displayName = account.getDisplayName();
        this.role = account.getRole();
        this.tenant = tenant;
        this.tenantName = tenantName;
        this.enabled = account.isActive() && tenantActive;
        this.passwordHash = account.getPasswordHash();
    }

    @Override
    public long userId() {
        return userId;
    }

    @Override
    public String email() {
        return email;
    }

    @Override
    public TenantRef tenant() {
        return tenant;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    @Override
    public String tenantName() {
        return tenantName;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    /** One user is one principal, whatever session they signed in from: the session registry relies on it. */
    @Override
    public boolean equals(Object other) {
        return other instanceof KehuUser user && user.userId == userId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(userId);
    }
}
