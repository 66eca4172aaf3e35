package app.kehu.customer;

import app.kehu.audit.AuditAction;
import app.kehu.audit.AuditService;
import app.kehu.audit.FieldChange;
import app.kehu.common.Access;
import app.kehu.common.ConcurrentEditException;
import app.kehu.common.FieldError;
import app.kehu.common.NotFoundException;
import app.kehu.common.ValidationException;
import app.kehu.fields.FieldDefinition;
import app.kehu.fields.FieldPermissionService;
import app.kehu.fields.FieldPermissions;
import app.kehu.fields.FieldRegistry;
import app.kehu.fields.FieldSet;
import app.kehu.fields.Section;
import app.kehu.fields.FieldType;
import app.kehu.fields.FieldValidator;
import app.kehu.fields.FieldValues;
import app.kehu.security.CurrentUser;
import app.kehu.security.KehuUser;
import app.kehu.security.UserService;
import app.kehu.security.UserSummary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers of the signed-in user's tenant, with the tenant's fields (built-in and custom). Staff see and
 * change only the customers they own, managers and admins all of them, viewers read all and change nothing.
 * Every change is read as the fields' types, validated against their rules, written with optimistic locking
 * and audited in one transaction. A write reads the tenant's fields before anything else, waiting for a field
 * change in progress, so that it always writes to the columns as they are.
 */
@Service
public class CustomerService {

    public static final String ENTITY = "Customer";

    private final CustomerStore store;
    private final FieldRegistry fields;
    private final AuditService audit;
    private final UserService users;
    private final FieldPermissionService permissions;
    private final ApplicationEventPublisher events;

    CustomerService(CustomerStore store, FieldRegistry fields, AuditService audit, UserService users,
            FieldPermissionService permissions, ApplicationEventPublisher events) {
        this.store = store;
        this.fields = fields;
        this.audit = audit;
        this.users = users;
        this.permissions = permissions;
        this.events = events;
    }

    /**
     * The fields in use that the signed-in user may see, in display order: what forms and the grid show. Fields
     * the user may not change are read-only; masked ones are out of the quick search.
     */
    @PreAuthorize(Access.SIGNED_IN)
    public List<FieldDefinition> fields() {
        KehuUser user = CurrentUser.require();
        return permissionsOf(user).seen(fields.snapshot(user.tenant())).active();
    }

    /** Keys of the fields the user sees only masked: the grid neither filters nor sorts them. */
    @PreAuthorize(Access.SIGNED_IN)
    public Set<String> maskedFields() {
        KehuUser user = CurrentUser.require();
        FieldPermissions mine = permissionsOf(user);
        return fields.snapshot(user.tenant()).active().stream().filter(mine::masked).map(FieldDefinition::key)
                .collect(Collectors.toSet());
    }

    /** The sections of the customer table, in display order: how forms group the fields. */
    @PreAuthorize(Access.SIGNED_IN)
    public List<Section> sections() {
        return fields.sections();
    }

    @PreAuthorize(Access.SIGNED_IN)
    public boolean canEdit() {
        return CurrentUser.require().role().canEditCustomers();
    }

    /** May the signed-in user choose any owner, or only themselves? */
    @PreAuthorize(Access.SIGNED_IN)
    public boolean canAssignOwners() {
        return CurrentUser.require().role().seesAllCustomers() && canEdit();
    }

    /** What a new customer starts with in the form: the fields' defaults, and the signed-in user as owner. */
    @PreAuthorize(Access.SIGNED_IN)
    public Map<String, Object> newCustomerDefaults() {
        Map<String, Object> defaults = new LinkedHashMap<>();
        List<FieldDefinition> writable = fields().stream().filter(f -> !f.readOnly()).toList();
        writable.stream().filter(f -> f.defaultValue() != null).forEach(f -> defaults.put(f.key(), f.defaultValue()));
        // Only for a form that has an owner editor: the service makes the creator the owner anyway.
        if (writable.stream().anyMatch(f -> f.key().equals(FieldRegistry.OWNER))) {
            defaults.put(FieldRegistry.OWNER, CurrentUser.require().userId());
        }
        return defaults;
    }

    @PreAuthorize(Access.SIGNED_IN)
    public List<UserSummary> owners() {
        return users.listOwners();
    }

    @PreAuthorize(Access.SIGNED_IN)
    public Map<Long, String> ownerNames(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : users.displayNames(ids);
    }

    /*
     * Reads are single statements against a schema-qualified table: they run without a transaction, because
     * a JPA read-only transaction costs four extra round trips (schema and read-only switches, commit) per
     * grid page. See docs/benchmarks.md.
     */
    @PreAuthorize(Access.SIGNED_IN)
    public List<Customer> list(CustomerQuery query, int offset, int limit) {
        KehuUser user = CurrentUser.require();
        FieldSet set = fields.snapshot(user.tenant());
        FieldPermissions mine = permissionsOf(user);
        FieldSet seen = mine.seen(set);
        return store.page(user.tenant(), seen, checked(set, mine, query), ownerRestriction(user), offset, limit)
                .stream().map(c -> presented(mine, seen, c)).toList();
    }

    @PreAuthorize(Access.SIGNED_IN)
    public long count(CustomerQuery query) {
        KehuUser user = CurrentUser.require();
        FieldSet set = fields.snapshot(user.tenant());
        FieldPermissions mine = permissionsOf(user);
        return store.count(user.tenant(), mine.seen(set), checked(set, mine, query), ownerRestriction(user));
    }

    @PreAuthorize(Access.SIGNED_IN)
    public Customer get(long id) {
        KehuUser user = CurrentUser.require();
        FieldSet set = fields.snapshot(user.tenant());
        return presented(permissionsOf(user), set, find(user, set, id));
    }

    /** Creates a customer; fields not given start with their default. */
    @PreAuthorize(Access.EDITORS)
    @Transactional
    public Customer create(Map<String, Object> input) {
        KehuUser user = CurrentUser.require();
        FieldSet set = fields.snapshotForWriting(user.tenant());
        ValidationException.Collector errors = new ValidationException.Collector();
        Map<String, Object> values = defaults(set);
        values.putAll(permitted(permissionsOf(user), set, normalised(set, input, errors), values, errors));
        if (!user.role().seesAllCustomers() || values.get(FieldRegistry.OWNER) == null) {
            values.put(FieldRegistry.OWNER, user.userId());
        }
        validate(user, set, values, values.keySet(), null, errors);
        Customer created = store.insert(user.tenant(), set, values);
        audit.record(AuditAction.CREATE, ENTITY, created.id(), String.valueOf(created.get(FieldRegistry.NAME)),
                changes(set, Map.of(), created.values()));
        return presented(permissionsOf(user), set, changed(user, set, created.id()));
    }

    /**
     * Saves changed values of a customer read at {@code expectedVersion}. Fails with
     * {@link ConcurrentEditException}, writing nothing, if someone saved it in between. Fields the input does
     * not name keep their values, so a form opened before a field was added loses nothing.
     */
    @PreAuthorize(Access.EDITORS)
    @Transactional
    public Customer update(long id, long expectedVersion, Map<String, Object> input) {
        KehuUser user = CurrentUser.require();
        FieldSet set = fields.snapshotForWriting(user.tenant());
        ValidationException.Collector errors = new ValidationException.Collector();
        Customer before = find(user, set, id);
        Map<String, Object> values = permitted(permissionsOf(user), set, normalised(set, input, errors),
                before.values(), errors);
        write(user, set, before, expectedVersion, values, errors);
        return presented(permissionsOf(user), set, changed(user, set, id));
    }

    @PreAuthorize(Access.EDITORS)
    @Transactional
    public void delete(long id, long expectedVersion) {
        KehuUser user = CurrentUser.require();
        FieldSet set = fields.snapshotForWriting(user.tenant());
        erase(user, set, find(user, set, id), expectedVersion);
    }

    /** Gives the customers to another salesperson; all of them or, if any is refused, none. */
    @PreAuthorize(Access.MANAGERS)
    @Transactional
    public int bulkAssignOwner(Collection<Long> ids, long ownerId) {
        return bulkSet(ids, FieldRegistry.OWNER, ownerId);
    }

    /**
     * Sets one editable field of the customers to the same value, validated as a single edit would be. All
     * customers are changed or, if one is not visible to the user, invalid or changed meanwhile, none.
     * Returns how many customers changed (those that already had the value are left alone).
     */
    @PreAuthorize(Access.EDITORS)
    @Transactional
    public int bulkSet(Collection<Long> ids, String field, Object value) {
        KehuUser user = CurrentUser.require();
        FieldPermissions mine = permissionsOf(user);
        if (fields.snapshot(user.tenant()).find(field).filter(f -> !mine.editable(f)).isPresent()) {
            throw new ValidationException(new FieldError(field, "validation.read-only"));
        }
        Map<String, Object> input = new HashMap<>();
        input.put(field, value);
        return bulkUpdate(ids, customer -> input);
    }

    /** Adds the tag to every customer that does not have it yet; all or nothing, as {@link #bulkSet}. */
    @PreAuthorize(Access.EDITORS)
    @Transactional
    public int bulkAddTag(Collection<Long> ids, String tag) {
        if (FieldValidator.isEmpty(tag)) {
            throw new ValidationException(new FieldError(FieldRegistry.TAGS, "validation.required"));
        }
        return bulkUpdate(ids, customer -> {
            List<Object> tags = new ArrayList<>((Collection<?>) customer.get(FieldRegistry.TAGS));
            tags.add(tag);
            return Map.of(FieldRegistry.TAGS, tags);
        });
    }

    /** Deletes the customers, each audited; all of them or, if any is refused, none. */
    @PreAuthorize(Access.EDITORS)
    @Transactional
    public int bulkDelete(Collection<Long> ids) {
        KehuUser user = CurrentUser.require();
        FieldSet set = fields.snapshotForWriting(user.tenant());
        List<Customer> targets = visibleAll(user, set, ids);
        targets.forEach(customer -> erase(user, set, customer, customer.version()));
        return targets.size();
    }

    private int bulkUpdate(Collection<Long> ids, Function<Customer, Map<String, Object>> change) {
        KehuUser user = CurrentUser.require();
        FieldSet set = fields.snapshotForWriting(user.tenant());
        List<Long> changed = new ArrayList<>();
        for (Customer before : visibleAll(user, set, ids)) {
            ValidationException.Collector errors = new ValidationException.Collector();
            Map<String, Object> values = permitted(permissionsOf(user), set,
                    normalised(set, change.apply(before), errors), before.values(), errors);
            errors.throwIfAny();
            values.entrySet().removeIf(e -> Objects.equals(e.getValue(), before.get(e.getKey())));
            if (!values.isEmpty()) {
                write(user, set, before, before.version(), values, errors);
                changed.add(before.id());
            }
        }
        if (!changed.isEmpty()) {
            events.publishEvent(new CustomersChanged(changed));
        }
        return changed.size();
    }

    /**
     * The customers with these ids, each visible to the user; refuses the whole lot if any is not (gone,
     * another tenant's, or, for staff, somebody else's), so a bulk action never half-happens.
     */
    private List<Customer> visibleAll(KehuUser user, FieldSet set, Collection<Long> ids) {
        Set<Long> wanted = Set.copyOf(ids);
        List<Customer> found = store.findAll(user.tenant(), set, wanted, ownerRestriction(user));
        if (found.size() != wanted.size()) {
            Set<Long> missing = new HashSet<>(wanted);
            found.forEach(c -> missing.remove(c.id()));
            throw new NotFoundException(ENTITY, missing.iterator().next());
        }
        return found;
    }

    /** Validates and writes changed values of one customer read at {@code expectedVersion}, and audits it. */
    private void write(KehuUser user, FieldSet set, Customer before, long expectedVersion,
            Map<String, Object> values, ValidationException.Collector errors) {
        if (!user.role().seesAllCustomers() && values.containsKey(FieldRegistry.OWNER)
                && !Long.valueOf(user.userId()).equals(values.get(FieldRegistry.OWNER))) {
            throw new AccessDeniedException("Staff cannot give their customers to someone else");
        }
        Map<String, Object> merged = new HashMap<>(before.values());
        merged.putAll(values);
        validate(user, set, merged, values.keySet(), before.id(), errors);
        Customer after = store.update(user.tenant(), set, before.id(), expectedVersion, values)
                .orElseThrow(() -> new ConcurrentEditException(ENTITY, before.id()));
        audit.record(AuditAction.UPDATE, ENTITY, before.id(), String.valueOf(after.get(FieldRegistry.NAME)),
                changes(set, before.values(), after.values()));
    }

    private void erase(KehuUser user, FieldSet set, Customer before, long expectedVersion) {
        if (!store.delete(user.tenant(), before.id(), expectedVersion)) {
            throw new ConcurrentEditException(ENTITY, before.id());
        }
        audit.record(AuditAction.DELETE, ENTITY, before.id(), String.valueOf(before.get(FieldRegistry.NAME)),
                changes(set, before.values(), Map.of()));
    }

    /**
     * Tells the features that derive values from customers (grades) that this one changed, which they do in this
     * transaction, and reads it again with what they derived.
     */
    private Customer changed(KehuUser user, FieldSet set, long id) {
        events.publishEvent(new CustomersChanged(Set.of(id)));
        return find(user, set, id);
    }

    private Customer find(KehuUser user, FieldSet set, long id) {
        return store.find(user.tenant(), set, id, ownerRestriction(user))
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    private FieldPermissions permissionsOf(KehuUser user) {
        return permissions.permissionsFor(user.role());
    }

    /** The customer as the user may see it: without hidden fields, masked ones masked. */
    private static Customer presented(FieldPermissions mine, FieldSet set, Customer customer) {
        return new Customer(customer.id(), customer.version(), mine.present(set, customer.values()));
    }

    /**
     * The written values the user may write. A hidden field may not be written at all (whether the value
     * matched would tell its value); a read-only one only with the value it has. A masked field written back as
     * the mask the user was shown is no change and left out, so saving a form does not overwrite the phone.
     */
    private static Map<String, Object> permitted(FieldPermissions mine, FieldSet set, Map<String, Object> values,
            Map<String, Object> current, ValidationException.Collector errors) {
        Map<String, Object> kept = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            FieldDefinition field = set.require(key);
            if (mine.isShownMask(field, value, current.get(key))) {
                return;
            }
            if (!mine.visible(field) || !mine.editable(field) && !Objects.equals(value, current.get(key))) {
                errors.add(key, "validation.read-only");
            } else {
                kept.put(key, value);
            }
        });
        return kept;
    }

    /** The owner whose customers alone the user may see, or null for "all of the tenant's". */
    static Long ownerRestriction(KehuUser user) {
        return user.role().seesAllCustomers() ? null : user.userId();
    }

    /**
     * Refuses filters and sorts on fields that are not in use, and filters that do not suit their field, before
     * any SQL is built; reads filter values as their field's type.
     */
    static CustomerQuery checked(FieldSet set, FieldPermissions mine, CustomerQuery query) {
        query.sort().forEach(key -> searchable(set, mine, key.field()));
        Map<String, ColumnFilter> filters = new LinkedHashMap<>();
        ValidationException.Collector errors = new ValidationException.Collector();
        query.filters().forEach((key, filter) -> filters.put(key, ColumnFilters.typed(searchable(set, mine, key),
                filter, errors)));
        errors.throwIfAny();
        return new CustomerQuery(query.search(), filters, query.sort());
    }

    /**
     * A field the user may filter and sort on; one they may not see, or see only masked, is refused: sorting or
     * filtering on it would reveal what they may not read.
     */
    private static FieldDefinition searchable(FieldSet set, FieldPermissions mine, String key) {
        FieldDefinition field = set.require(key);
        if (!mine.searchable(field)) {
            throw new AccessDeniedException("Field " + key + " may not be filtered or sorted by " + mine.role());
        }
        return field;
    }

    /** The defaults of the fields in use, for a new customer. */
    private static Map<String, Object> defaults(FieldSet set) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        set.active().stream().filter(f -> f.defaultValue() != null && !f.readOnly())
                .forEach(f -> defaults.put(f.key(), f.defaultValue()));
        return defaults;
    }

    /**
     * Keeps writable fields in use, read as their types: text trimmed, blanks as "no value", lists cleaned up.
     * Unknown (or archived) fields and unreadable values are collected with the rules' problems.
     */
    private static Map<String, Object> normalised(FieldSet set, Map<String, Object> input,
            ValidationException.Collector errors) {
        Map<String, Object> values = new LinkedHashMap<>();
        input.forEach((key, value) -> set.find(key).ifPresentOrElse(field -> {
            if (!field.readOnly()) {
                values.put(key, FieldValues.normalise(field, value, errors));
            }
        }, () -> errors.add(key, "validation.unknown-field")));
        return values;
    }

    /**
     * Checks every writable field's value against its rules; users being written must be active users of the
     * tenant (a deactivated salesperson keeps the customers they already own), and values of unique fields
     * that are being written must not belong to another customer. Throws every
     * problem at once, with those found while reading the values.
     */
    private void validate(KehuUser user, FieldSet set, Map<String, Object> values, Set<String> written,
            Long customerId, ValidationException.Collector errors) {
        Set<Long> userIds = null;
        for (FieldDefinition field : set.active()) {
            if (field.readOnly() || errors.has(field.key())) {
                continue;
            }
            Object value = values.get(field.key());
            FieldValidator.check(field, value, errors);
            if (value == null || errors.has(field.key())) {
                continue;
            }
            if (field.type() == FieldType.USER && written.contains(field.key())) {
                userIds = userIds == null ? ownerIds() : userIds;
                if (!userIds.contains(value)) {
                    errors.add(field.key(), FieldRegistry.OWNER.equals(field.key()) ? "validation.owner"
                            : "validation.user");
                }
            } else if (field.unique() && written.contains(field.key())
                    && store.isTaken(user.tenant(), field, value, customerId)) {
                errors.add(field.key(), "validation.unique");
            }
        }
        errors.throwIfAny();
    }

    private Set<Long> ownerIds() {
        return users.listOwners().stream().map(UserSummary::id).collect(Collectors.toSet());
    }

    private List<FieldChange> changes(FieldSet set, Map<String, Object> before, Map<String, Object> after) {
        List<FieldDefinition> writable = set.active().stream().filter(f -> !f.readOnly()).toList();
        List<Long> userIds = writable.stream().filter(f -> f.type() == FieldType.USER)
                .flatMap(f -> Stream.of(before.get(f.key()), after.get(f.key())))
                .filter(Long.class::isInstance).map(Long.class::cast).distinct().toList();
        Map<Long, String> userNames = ownerNames(userIds);
        List<FieldChange> changes = new ArrayList<>();
        for (FieldDefinition field : writable) {
            String old = auditText(field, before.get(field.key()), userNames);
            String now = auditText(field, after.get(field.key()), userNames);
            if (FieldChange.differ(old, now)) {
                changes.add(new FieldChange(field.key(), old, now));
            }
        }
        return changes;
    }

    /** Values as a person reads them in the audit log; users by name, with their id to stay unambiguous. */
    private static String auditText(FieldDefinition field, Object value, Map<Long, String> userNames) {
        if (field.type() == FieldType.USER && value instanceof Long id && userNames.containsKey(id)) {
            return userNames.get(id) + " (#" + id + ")";
        }
        return FieldValues.toText(value);
    }
}
