package app.kehu.security;

import app.kehu.tenancy.Tenant;
import app.kehu.tenancy.TenantService;
import app.kehu.tenancy.TenantStatus;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class KehuUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;
    private final TenantService tenants;

    KehuUserDetailsService(UserAccountRepository users, TenantService tenants) {
        this.users = users;
        this.tenants = tenants;
    }

    @Override
    @Transactional(readOnly = true)
    public KehuUser loadUserByUsername(String email) {
        UserAccount account = users.findByEmail(email.strip())
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return toPrincipal(account);
    }

    KehuUser toPrincipal(UserAccount account) {
        Tenant tenant = tenants.find(account.getTenantId()).orElseThrow();
        return new KehuUser(account, tenant.ref(), tenant.getName(), tenant.getStatus() == TenantStatus.ACTIVE);
    }
}
