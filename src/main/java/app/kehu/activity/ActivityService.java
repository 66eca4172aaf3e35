package app.kehu.activity;

import app.kehu.audit.AuditAction;
import app.kehu.audit.AuditService;
import app.kehu.audit.FieldChange;
import app.kehu.common.Access;
import app.kehu.common.ConcurrentEditException;
import app.kehu.common.FieldError;
import app.kehu.common.NotFoundException;
import app.kehu.common.ValidationException;
import app.kehu.customer.Customer;
import app.kehu.customer.CustomerService;
import app.kehu.fields.FieldDefinition;
import app.kehu.fields.FieldRegistry;
import app.kehu.security.CurrentUser;
import app.kehu.security.KehuUser;
import app.kehu.security.UserService;
import app.kehu.security.UserSummary;
import app.kehu.tenancy.TenantRef;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Behaviour data of customers: logging and removing it, the timeline, the aggregates and lifecycle stage kept on
 * the customer row, follow-ups and the review list. Who may touch a customer's behaviour is what
 * {@link CustomerService} lets them see: staff their own customers, viewers nothing to change. Every change is
 * validated, audited and brings the customer's aggregates up to date in its own transaction.
 */
@Service
public class ActivityService {

    static final String SETTINGS_ENTITY = "ActivitySettings";
    static final String NEXT_FOLLOW_UP = "nextFollowUp";

    private final BehaviourStore store;
    private final ActivityMetrics metrics;
    private final EntryValidator validator;
    private final CustomerService customers;
    private final FieldRegistry fields;
    private final AuditService audit;
    private final UserService users;
    private final Clock clock;

    ActivityService(BehaviourStore store, ActivityMetrics metrics, EntryValidator validator,
            CustomerService customers, FieldRegistry fields, AuditService audit, UserService users, Clock clock) {
        this.store = store;
        this.metrics = metrics;
        this.validator = validator;
        this.customers = customers;
        this.fields = fields;
        this.audit = audit;
        this.users = users;
        this.clock = clock;
    }

    /** May the signed-in user log behaviour (of the customers they see)? */
    @PreAuthorize(Access.SIGNED_IN)
    public boolean canLog() {
        return CurrentUser.require().role().canEditCustomers();
    }

    /** May the signed-in user look at other staff members' follow-ups? */
    @PreAuthorize(Access.SIGNED_IN)
    public boolean canPickStaff() {
        KehuUser user = CurrentUser.require();
        return user.role().seesAllCustomers() && user.role().canEditCustomers();
    }

    /** Logs an interaction, purchase, feedback, service request or campaign participation; returns its id. */
    @PreAuthorize(Access.EDITORS)
    @Transactional
    public long log(long customerId, NewEntry entry) {
        TenantRef tenant = writing();
        Customer customer = customers.get(customerId);
        NewEntry valid = validator.checked(entry);
        long id = store.insert(tenant, customerId, CurrentUser.require().userId(), valid);
        audit.record(AuditAction.CREATE, valid.kind().auditEntity(), id, summary(customer, valid),
                EntryAudit.changes(valid));
        metrics.refreshCustomer(tenant, customerId, today());
        return id;
    }

    /** Removes an entry of a customer the user may change. */
    @PreAuthorize(Access.EDITORS)
    @Transactional
    public void delete(EntryKind kind, long entryId) {
        TenantRef tenant = writing();
        long customerId = store.customerOf(tenant, kind, entryId)
                .orElseThrow(() -> new NotFoundException(kind.auditEntity(), entryId));
        Customer customer = customers.get(customerId);
        store.delete(tenant, kind, entryId);
        audit.record(AuditAction.DELETE, kind.auditEntity(), entryId, name(customer), List.of());
        metrics.refreshCustomer(tenant, customerId, today());
    }

    /** Marks an open service request closed on the day given (not before it was opened, not in the future). */
    @PreAuthorize(Access.EDITORS)
    @Transactional
    public void closeServiceRequest(long requestId, LocalDate closedOn) {
        TenantRef tenant = writing();
        TimelineEntry.ServiceRequest request = store.serviceRequest(tenant, requestId)
                .orElseThrow(() -> new NotFoundException(EntryKind.SERVICE_REQUEST.auditEntity(), requestId));
        long customerId = store.customerOf(tenant, EntryKind.SERVICE_REQUEST, requestId).orElseThrow();
        Customer customer = customers.get(customerId);
        validator.checkClosing(request, closedOn);
        if (!store.close(tenant, requestId, closedOn)) {
            throw new ConcurrentEditException(EntryKind.SERVICE_REQUEST.auditEntity(), requestId);
        }
        audit.record(AuditAction.UPDATE, EntryKind.SERVICE_REQUEST.auditEntity(), requestId,
                name(customer) + " · " + request.topic(), List.of(new FieldChange("closedOn", null,
                        closedOn.toString())));
        metrics.refreshCustomer(tenant, customerId, today());
    }

    /** Everything logged for the customer, newest first. */
    @PreAuthorize(Access.SIGNED_IN)
    public List<TimelineEntry> timeline(long customerId) {
        customers.get(customerId);
        List<BehaviourStore.Row> rows = store.timeline(CurrentUser.require().tenant(), customerId);
        List<Long> userIds = rows.stream().map(BehaviourStore.Row::userId).filter(Objects::nonNull).distinct().toList();
        Map<Long, String> names = userIds.isEmpty() ? Map.of() : users.displayNames(userIds);
        return Timeline.newestFirst(rows, names, clock.getZone());
    }

    /** The customer's figures; those whose fields the user may not see are left out (ADR 0012). */
    @PreAuthorize(Access.SIGNED_IN)
    public Aggregates aggregates(long customerId) {
        customers.get(customerId);
        return store.aggregates(CurrentUser.require().tenant(), customerId, today(), clock.getZone())
                .orElseThrow(() -> new NotFoundException("Customer", customerId)).seenWith(seenFields().keySet());
    }

    /** May the user set the customer's next follow-up: change behaviour, and see and edit that field? */
    @PreAuthorize(Access.SIGNED_IN)
    public boolean canSetFollowUp() {
        FieldDefinition field = seenFields().get(NEXT_FOLLOW_UP);
        return canLog() && field != null && !field.readOnly();
    }

    private Map<String, FieldDefinition> seenFields() {
        return customers.fields().stream().collect(Collectors.toMap(FieldDefinition::key, f -> f));
    }

    /**
     * Sets (or, with null, clears) when to follow the customer up next: a change of the customer's field, saved,
     * validated and audited as any edit of it.
     */
    @PreAuthorize(Access.EDITORS)
    @Transactional
    public void setNextFollowUp(long customerId, LocalDate date) {
        if (date != null && date.isBefore(today())) {
            throw new ValidationException(new FieldError(NEXT_FOLLOW_UP,
                    "activity.error.follow-up-past"));
        }
        Customer customer = customers.get(customerId);
        Map<String, Object> change = new HashMap<>();
        change.put(NEXT_FOLLOW_UP, date);
        customers.update(customerId, customer.version(), change);
    }

    /**
     * Customers whose follow-up is due today or overdue, the longest overdue first: the signed-in user's own
     * ({@code ownerId} null), or, for managers and admins, those of the staff member given.
     */
    @PreAuthorize(Access.EDITORS)
    public List<FollowUp> dueFollowUps(Long ownerId) {
        KehuUser user = CurrentUser.require();
        long owner = ownerId == null ? user.userId() : ownerId;
        if (owner != user.userId() && !canPickStaff()) {
            throw new AccessDeniedException("Staff see only their own follow-ups");
        }
        LocalDate today = today();
        List<BehaviourStore.DueRow> rows = store.dueFollowUps(user.tenant(), owner, today);
        Map<Long, String> names = rows.isEmpty() ? Map.of() : users.displayNames(List.of(owner));
        return rows.stream().map(r -> new FollowUp(r.id(), r.name(), names.get(r.ownerId()), r.dueOn(),
                r.lastContactAt(), r.dueOn().isBefore(today))).toList();
    }

    /** The staff members whose follow-ups a manager may look at. */
    @PreAuthorize(Access.MANAGERS)
    public List<UserSummary> staff() {
        return users.listOwners();
    }

    /**
     * Customers nobody edited or contacted for the days the admin set, the longest untouched first; staff see
     * their own.
     */
    @PreAuthorize(Access.EDITORS)
    public List<StaleCustomer> staleCustomers(int offset, int limit) {
        KehuUser user = CurrentUser.require();
        ActivitySettings settings = store.settings(user.tenant());
        List<BehaviourStore.StaleRow> rows = store.stale(user.tenant(), cutoff(settings), ownerRestriction(user),
                offset, limit);
        List<Long> owners = rows.stream().map(BehaviourStore.StaleRow::ownerId).filter(Objects::nonNull).distinct()
                .toList();
        Map<Long, String> names = owners.isEmpty() ? Map.of() : users.displayNames(owners);
        return rows.stream().map(r -> new StaleCustomer(r.id(), r.name(), names.get(r.ownerId()), r.touchedAt(),
                Duration.between(r.touchedAt(), clock.instant()).toDays())).toList();
    }

    @PreAuthorize(Access.EDITORS)
    public long countStaleCustomers() {
        KehuUser user = CurrentUser.require();
        return store.countStale(user.tenant(), cutoff(store.settings(user.tenant())), ownerRestriction(user));
    }

    /** The review period in days, for the review list's heading. */
    @PreAuthorize(Access.EDITORS)
    public int reviewDays() {
        return store.settings(CurrentUser.require().tenant()).reviewDays();
    }

    @PreAuthorize(Access.ADMIN)
    public ActivitySettings settings() {
        return store.settings(CurrentUser.require().tenant());
    }

    /**
     * Saves the lifecycle windows and the review period if nobody saved them since {@code settings.version()} was
     * read, and moves every customer's stage to the new windows in the same transaction.
     */
    @PreAuthorize(Access.ADMIN)
    @Transactional
    public ActivitySettings updateSettings(ActivitySettings settings) {
        TenantRef tenant = writing();
        validator.checkSettings(settings);
        ActivitySettings before = store.settings(tenant);
        if (!store.updateSettings(tenant, settings)) {
            throw new ConcurrentEditException(SETTINGS_ENTITY, 1);
        }
        audit.record(AuditAction.UPDATE, SETTINGS_ENTITY, 1, null, EntryAudit.changes(before, settings));
        metrics.refreshAll(tenant);
        return store.settings(tenant);
    }

    /** Starts a write that may touch customer rows: their fields first (ADR 0008). */
    private TenantRef writing() {
        TenantRef tenant = CurrentUser.require().tenant();
        fields.snapshotForWriting(tenant);
        return tenant;
    }

    private Instant cutoff(ActivitySettings settings) {
        return clock.instant().minus(Duration.ofDays(settings.reviewDays()));
    }

    private static Long ownerRestriction(KehuUser user) {
        return user.role().seesAllCustomers() ? null : user.userId();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String name(Customer customer) {
        return String.valueOf(customer.get(FieldRegistry.NAME));
    }

    private static String summary(Customer customer, NewEntry entry) {
        String text = name(customer) + " · " + EntryAudit.describe(entry);
        return text.length() <= 500 ? text : text.substring(0, 499) + "…";
    }
}
