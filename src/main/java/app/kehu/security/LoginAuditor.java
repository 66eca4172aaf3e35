package app.kehu.security;

import app.kehu.audit.AuditAction;
import app.kehu.audit.AuditEvent.Actor;
import app.kehu.audit.AuditService;
import app.kehu.tenancy.TenantContext;
import java.util.List;
import org.springframework.stereotype.Component;

/** Writes sign-in successes and failures of known users into their tenant's audit log. */
@Component
class LoginAuditor {

    static final String ENTITY = "User";

    private final AuditService audit;
    private final UserAccountRepository users;
    private final KehuUserDetailsService principals;

    LoginAuditor(AuditService audit, UserAccountRepository users, KehuUserDetailsService principals) {
        this.audit = audit;
        this.users = users;
        this.principals = principals;
    }

    void succeeded(KehuUser user) {
        TenantContext.run(user.tenant(), () -> audit.recordAs(new Actor(user.userId(), user.email()),
                AuditAction.LOGIN_SUCCESS, ENTITY, user.userId(), null, List.of()));
    }

    /** Failures for unknown e-mails have no tenant to be written to; the attempt table still has them. */
    void failed(String email) {
        users.findByEmail(email).ifPresent(account -> {
            KehuUser user = principals.toPrincipal(account);
            TenantContext.run(user.tenant(), () -> audit.recordAs(new Actor(user.userId(), user.email()),
                    AuditAction.LOGIN_FAILURE, ENTITY, user.userId(), null, List.of()));
        });
    }
}
