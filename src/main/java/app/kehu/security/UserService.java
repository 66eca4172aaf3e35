package app.kehu.security;

import app.kehu.audit.AuditAction;
import app.kehu.audit.AuditEvent.Actor;
import app.kehu.audit.AuditService;
import app.kehu.audit.FieldChange;
import app.kehu.common.Access;
import app.kehu.common.Emails;
import app.kehu.common.FieldError;
import app.kehu.common.NotFoundException;
import app.kehu.common.ValidationException;
import app.kehu.tenancy.TenantRef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The users of the signed-in admin's tenant. Every change is audited in the same transaction. */
@Service
public class UserService {

    static final String ENTITY = "User";

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final AuditService audit;
    private final ApplicationEventPublisher events;

    UserService(UserAccountRepository users, PasswordEncoder encoder, AuditService audit,
            ApplicationEventPublisher events) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.events = events;
    }

    @PreAuthorize(Access.ADMIN)
    @Transactional(readOnly = true)
    public List<UserSummary> listUsers() {
        return users.findByTenantIdOrderByDisplayNameAsc(CurrentUser.require().tenant().id()).stream()
                .map(UserSummary::of).toList();
    }

    /** Active users who can own customers, for owner pickers. */
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<UserSummary> listOwners() {
        return users.findByTenantIdOrderByDisplayNameAsc(CurrentUser.require().tenant().id()).stream()
                .filter(UserAccount::isActive).filter(u -> u.getRole().canEditCustomers()).map(UserSummary::of)
                .toList();
    }

    /** Display names of users of the caller's tenant; ids of other tenants' users are ignored. */
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional(readOnly = true)
    public Map<Long, String> displayNames(Collection<Long> ids) {
        long tenantId = CurrentUser.require().tenant().id();
        return StreamSupport.stream(users.findAllById(ids).spliterator(), false)
                .filter(u -> u.getTenantId() == tenantId)
                .collect(Collectors.toMap(UserAccount::getId, UserAccount::getDisplayName));
    }

    /** Every user of the caller's tenant by id, deactivated ones included: names for exports and history. */
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional(readOnly = true)
    public Map<Long, String> directory() {
        return users.findByTenantIdOrderByDisplayNameAsc(CurrentUser.require().tenant().id()).stream()
                .collect(Collectors.toMap(UserAccount::getId, UserAccount::getDisplayName));
    }

    @PreAuthorize(Access.ADMIN)
    @Transactional
    public UserSummary createUser(NewUser request) {
        UserAccount account = insert(CurrentUser.require().tenant(), request);
        audit.record(AuditAction.CREATE, ENTITY, account.getId(), account.getEmail(), describe(account));
        return UserSummary.of(account);
    }

    /**
     * The first admin of a tenant being signed up. There is no signed-in user yet; the signup names the
     * actor explicitly, and the caller must have bound the new tenant to the thread.
     */
    @Transactional
    public UserSummary createFirstAdmin(TenantRef tenant, String email, String displayName, String password) {
        UserAccount account = insert(tenant, new NewUser(email, displayName, Role.ADMIN, password));
        audit.recordAs(new Actor(account.getId(), account.getEmail()), AuditAction.SIGNUP, ENTITY, account.getId(),
                account.getEmail(), describe(account));
        return UserSummary.of(account);
    }

    @PreAuthorize(Access.ADMIN)
    @Transactional
    public UserSummary changeRole(long userId, Role role) {
        UserAccount account = findInTenant(userId);
        Role before = account.getRole();
        if (before == role) {
            return UserSummary.of(account);
        }
        if (before == Role.ADMIN) {
            requireAnotherActiveAdmin(account, "role");
        }
        account.setRole(role);
        events.publishEvent(new SignedInSessions.UserAccessChanged(userId));
        audit.record(AuditAction.ROLE_CHANGE, ENTITY, userId, account.getEmail(),
                List.of(new FieldChange("role", before.name(), role.name())));
        return UserSummary.of(account);
    }

    @PreAuthorize(Access.ADMIN)
    @Transactional
    public UserSummary setActive(long userId, boolean active) {
        UserAccount account = findInTenant(userId);
        if (account.isActive() == active) {
            return UserSummary.of(account);
        }
        if (!active && account.getRole() == Role.ADMIN) {
            requireAnotherActiveAdmin(account, "active");
        }
        account.setActive(active);
        events.publishEvent(new SignedInSessions.UserAccessChanged(userId));
        audit.record(AuditAction.UPDATE, ENTITY, userId, account.getEmail(),
                List.of(new FieldChange("active", String.valueOf(!active), String.valueOf(active))));
        return UserSummary.of(account);
    }

    @PreAuthorize(Access.ADMIN)
    @Transactional
    public void resetPassword(long userId, String newPassword) {
        UserAccount account = findInTenant(userId);
        ValidationException.Collector errors = new ValidationException.Collector();
        PasswordPolicy.check(newPassword, account.getEmail(), "password", errors);
        errors.throwIfAny();
        account.setPasswordHash(encoder.encode(newPassword));
        events.publishEvent(new SignedInSessions.UserAccessChanged(userId));
        audit.record(AuditAction.PASSWORD_RESET, ENTITY, userId, account.getEmail(), List.of());
    }

    /** Open to anonymous callers: a company signing up must learn that its e-mail is taken. */
    @Transactional(readOnly = true)
    public boolean isEmailTaken(String email) {
        return users.existsByEmail(email.strip());
    }

    private UserAccount insert(TenantRef tenant, NewUser request) {
        String email = request.email() == null ? "" : request.email().strip();
        String displayName = request.displayName() == null ? "" : request.displayName().strip();
        ValidationException.Collector errors = new ValidationException.Collector();
        if (!Emails.isValid(email)) {
            errors.add("email", "validation.email");
        } else if (users.existsByEmail(email)) {
            errors.add("email", "user.error.email-taken");
        }
        if (displayName.isEmpty()) {
            errors.add("displayName", "validation.required");
        } else if (displayName.length() > 100) {
            errors.add("displayName", "validation.too-long", 100);
        }
        if (request.role() == null) {
            errors.add("role", "validation.required");
        }
        PasswordPolicy.check(request.password(), email, "password", errors);
        errors.throwIfAny();
        return users.save(new UserAccount(tenant.id(), email, displayName, encoder.encode(request.password()),
                request.role()));
    }

    private UserAccount findInTenant(long userId) {
        return users.findByIdAndTenantId(userId, CurrentUser.require().tenant().id())
                .orElseThrow(() -> new NotFoundException(ENTITY, userId));
    }

    private void requireAnotherActiveAdmin(UserAccount account, String field) {
        if (account.isActive() && users.lockActiveAdmins(account.getTenantId()).size() <= 1) {
            throw new ValidationException(new FieldError(field, "user.error.last-admin"));
        }
    }

    private static List<FieldChange> describe(UserAccount account) {
        List<FieldChange> changes = new ArrayList<>();
        Map<String, Function<UserAccount, Object>> fields = Map.of("email", UserAccount::getEmail, "displayName",
                UserAccount::getDisplayName, "role", UserAccount::getRole, "active", UserAccount::isActive);
        fields.keySet().stream().sorted()
                .forEach(f -> changes.add(new FieldChange(f, null, String.valueOf(fields.get(f).apply(account)))));
        return changes;
    }
}
