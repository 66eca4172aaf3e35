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

    static final String ENTITY = "Customer";

    private final CustomerStore store;
    private final FieldRegistry fields;
    private final AuditService audit;
    private final UserService users;

    CustomerService(CustomerStore store, FieldRegistry fields, AuditService audit, UserService users) {
        this.store = store;
        this.fields = fields;
        this.audit = audit;
        this.users = users;
    }

    /** The tenant's fields in use, in display order: what forms and the grid show. */
    @PreAuthorize(Access.SIGNED_IN)
    public List<FieldDefinition> fields() {
        return fields.fields();
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
        fields.fields().stream().filter(f -> f.defaultValue() != null && !f.readOnly())
                .forEach(f -> defaults.put(f.key(), f.defaultValue()));
        defaults.put(FieldRegistry.OWNER, CurrentUser.require().userId());
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
        return store.page(user.tenant(), set, checked(set, query), ownerRestriction(user), offset, limit);
    }

    @PreAuthorize(Access.SIGNED_IN)
    public long count(CustomerQuery query) {
        KehuUser user = CurrentUser.require();
        FieldSet set = fields.snapshot(user.tenant());
        return store.count(user.tenant(), set, checked(set, query), ownerRestriction(user));
    }

    @PreAuthorize(Access.SIGNED_IN)
    public Customer get(long id) {
        KehuUser user = CurrentUser.require();
        return find(user, fields.snapshot(user.tenant()), id);
    }

    /** Creates a customer; fields not given start with their default. */
    @PreAuthorize(Access.EDITORS)
    @Transactional
    public Customer create(Map<String, Object> input) {
        KehuUser user = CurrentUser.require();
        FieldSet set = fields.snapshotForWriting(user.tenant());
        ValidationException.Collector errors = new ValidationException.Collector();
        Map<String, Object> values = defaults(set);
        values.putAll(normalised(set, input, errors));
        if (!user.role().seesAllCustomers() || values.get(FieldRegistry.OWNER) == null) {
            values.put(FieldRegistry.OWNER, user.userId());
        }
        validate(user, set, values, values.keySet(), null, errors);
        Customer created = store.insert(user.tenant(), set, values);
        audit.record(AuditAction.CREATE, ENTITY, created.id(), String.valueOf(created.get(FieldRegistry.NAME)),
                changes(set, Map.of(), created.values()));
        return created;
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
        Map<String, Object> values = normalised(set, input, errors);
        return write(user, set, find(user, set, id), expectedVersion, values, errors);
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
        if (fields.find(field).filter(FieldDefinition::readOnly).isPresent()) {
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
        int changed = 0;
        for (Customer before : visibleAll(user, set, ids)) {
            ValidationException.Collector errors = new ValidationException.Collector();
            Map<String, Object> values = normalised(set, change.apply(before), errors);
            errors.throwIfAny();
            values.entrySet().removeIf(e -> Objects.equals(e.getValue(), before.get(e.getKey())));
            if (!values.isEmpty()) {
                write(user, set, before, before.version(), values, errors);
                changed++;
            }
        }
        return changed;
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
    private Customer write(KehuUser user, FieldSet set, Customer before, long expectedVersion,
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
        return after;
    }

    private void erase(KehuUser user, FieldSet set, Customer before, long expectedVersion) {
        if (!store.delete(user.tenant(), before.id(), expectedVersion)) {
            throw new ConcurrentEditException(ENTITY, before.id());
        }
        audit.record(AuditAction.DELETE, ENTITY, before.id(), String.valueOf(before.get(FieldRegistry.NAME)),
                changes(set, before.values(), Map.of()));
    }

    private Customer find(KehuUser user, FieldSet set, long id) {
        return store.find(user.tenant(), set, id, ownerRestriction(user))
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    /** The owner whose customers alone the user may see, or null for "all of the tenant's". */
    static Long ownerRestriction(KehuUser user) {
        return user.role().seesAllCustomers() ? null : user.userId();
    }

    /**
     * Refuses filters and sorts on fields that are not in use, and filters that do not suit their field, before
     * any SQL is built; reads filter values as their field's type.
     */
    private static CustomerQuery checked(FieldSet set, CustomerQuery query) {
        query.sort().forEach(key -> set.require(key.field()));
        Map<String, ColumnFilter> filters = new LinkedHashMap<>();
        ValidationException.Collector errors = new ValidationException.Collector();
        query.filters().forEach((key, filter) -> filters.put(key, ColumnFilters.typed(set.require(key), filter,
                errors)));
        errors.throwIfAny();
        return new CustomerQuery(query.search(), filters, query.sort());
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
