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
import app.kehu.fields.FieldType;
import app.kehu.fields.FieldValidator;
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
 * Customers of the signed-in user's tenant. Staff see and change only the customers they own, managers and
 * admins all of them, viewers read all and change nothing. Every change is validated, written with
 * optimistic locking and audited in one transaction.
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

    @PreAuthorize(Access.SIGNED_IN)
    public List<FieldDefinition> fields() {
        return fields.fields();
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

    /** What a new customer starts with in the form: the signed-in user as its owner. */
    @PreAuthorize(Access.SIGNED_IN)
    public Map<String, Object> newCustomerDefaults() {
        return Map.of(FieldRegistry.OWNER, CurrentUser.require().userId());
    }

    @PreAuthorize(Access.SIGNED_IN)
    public List<UserSummary> owners() {
        return users.listOwners();
    }

    @PreAuthorize(Access.SIGNED_IN)
    public Map<Long, String> ownerNames(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : users.displayNames(ids);
    }

    @PreAuthorize(Access.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<Customer> list(CustomerQuery query, int offset, int limit) {
        KehuUser user = CurrentUser.require();
        return store.page(user.tenant(), checked(query), ownerRestriction(user), offset, limit);
    }

    @PreAuthorize(Access.SIGNED_IN)
    @Transactional(readOnly = true)
    public long count(CustomerQuery query) {
        KehuUser user = CurrentUser.require();
        return store.count(user.tenant(), checked(query), ownerRestriction(user));
    }

    @PreAuthorize(Access.SIGNED_IN)
    @Transactional(readOnly = true)
    public Customer get(long id) {
        KehuUser user = CurrentUser.require();
        return store.find(user.tenant(), id, ownerRestriction(user))
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    @PreAuthorize(Access.EDITORS)
    @Transactional
    public Customer create(Map<String, Object> input) {
        KehuUser user = CurrentUser.require();
        Map<String, Object> values = normalised(input);
        if (!user.role().seesAllCustomers() || values.get(FieldRegistry.OWNER) == null) {
            values.put(FieldRegistry.OWNER, user.userId());
        }
        validate(values, true);
        Customer created = store.insert(user.tenant(), values);
        audit.record(AuditAction.CREATE, ENTITY, created.id(), String.valueOf(created.get(FieldRegistry.NAME)),
                changes(Map.of(), created.values()));
        return created;
    }

    /**
     * Saves changed values of a customer read at {@code expectedVersion}. Fails with
     * {@link ConcurrentEditException}, writing nothing, if someone saved it in between.
     */
    @PreAuthorize(Access.EDITORS)
    @Transactional
    public Customer update(long id, long expectedVersion, Map<String, Object> input) {
        return applyUpdate(CurrentUser.require(), get(id), expectedVersion, normalised(input));
    }

    @PreAuthorize(Access.EDITORS)
    @Transactional
    public void delete(long id, long expectedVersion) {
        applyDelete(CurrentUser.require(), get(id), expectedVersion);
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
        List<Customer> targets = visibleAll(user, ids);
        targets.forEach(customer -> applyDelete(user, customer, customer.version()));
        return targets.size();
    }

    private int bulkUpdate(Collection<Long> ids, Function<Customer, Map<String, Object>> change) {
        KehuUser user = CurrentUser.require();
        int changed = 0;
        for (Customer before : visibleAll(user, ids)) {
            Map<String, Object> values = normalised(change.apply(before));
            values.entrySet().removeIf(e -> Objects.equals(e.getValue(), before.get(e.getKey())));
            if (!values.isEmpty()) {
                applyUpdate(user, before, before.version(), values);
                changed++;
            }
        }
        return changed;
    }

    /**
     * The customers with these ids, each visible to the user; refuses the whole lot if any is not (gone,
     * another tenant's, or, for staff, somebody else's), so a bulk action never half-happens.
     */
    private List<Customer> visibleAll(KehuUser user, Collection<Long> ids) {
        Set<Long> wanted = Set.copyOf(ids);
        List<Customer> found = store.findAll(user.tenant(), wanted, ownerRestriction(user));
        if (found.size() != wanted.size()) {
            Set<Long> missing = new HashSet<>(wanted);
            found.forEach(c -> missing.remove(c.id()));
            throw new NotFoundException(ENTITY, missing.iterator().next());
        }
        return found;
    }

    private Customer applyUpdate(KehuUser user, Customer before, long expectedVersion, Map<String, Object> values) {
        if (!user.role().seesAllCustomers() && values.containsKey(FieldRegistry.OWNER)
                && !Long.valueOf(user.userId()).equals(values.get(FieldRegistry.OWNER))) {
            throw new AccessDeniedException("Staff cannot give their customers to someone else");
        }
        Map<String, Object> merged = new HashMap<>(before.values());
        merged.putAll(values);
        // A deactivated salesperson keeps their customers: only an owner being set must be an active user.
        validate(merged, values.containsKey(FieldRegistry.OWNER));
        Customer after = store.update(user.tenant(), before.id(), expectedVersion, values)
                .orElseThrow(() -> new ConcurrentEditException(ENTITY, before.id()));
        List<FieldChange> changes = changes(before.values(), after.values());
        audit.record(AuditAction.UPDATE, ENTITY, before.id(), String.valueOf(after.get(FieldRegistry.NAME)), changes);
        return after;
    }

    private void applyDelete(KehuUser user, Customer before, long expectedVersion) {
        if (!store.delete(user.tenant(), before.id(), expectedVersion)) {
            throw new ConcurrentEditException(ENTITY, before.id());
        }
        audit.record(AuditAction.DELETE, ENTITY, before.id(), String.valueOf(before.get(FieldRegistry.NAME)),
                changes(before.values(), Map.of()));
    }

    /** The owner whose customers alone the user may see, or null for "all of the tenant's". */
    static Long ownerRestriction(KehuUser user) {
        return user.role().seesAllCustomers() ? null : user.userId();
    }

    /** Refuses filters and sorts on fields that do not exist, before any SQL is built. */
    private CustomerQuery checked(CustomerQuery query) {
        query.filters().keySet().forEach(fields::require);
        query.sort().forEach(key -> fields.require(key.field()));
        return query;
    }

    /** Keeps writable, known fields only; trims text and turns blanks into "no value". */
    private Map<String, Object> normalised(Map<String, Object> input) {
        Map<String, Object> values = new LinkedHashMap<>();
        input.forEach((key, value) -> {
            FieldDefinition field = fields.find(key)
                    .orElseThrow(() -> new ValidationException(new FieldError(key, "validation.unknown-field")));
            if (!field.readOnly()) {
                values.put(key, normalisedValue(field, value));
            }
        });
        return values;
    }

    private static Object normalisedValue(FieldDefinition field, Object value) {
        if (value instanceof String text) {
            String stripped = text.strip();
            return stripped.isEmpty() ? null : stripped;
        }
        if (field.type() == FieldType.TAGS && value instanceof Collection<?> tags) {
            return tags.stream().map(t -> t.toString().strip()).filter(t -> !t.isEmpty()).distinct().sorted().toList();
        }
        return value;
    }

    private void validate(Map<String, Object> values, boolean checkOwner) {
        ValidationException.Collector errors = new ValidationException.Collector();
        for (FieldDefinition field : fields.fields()) {
            if (!field.readOnly()) {
                FieldValidator.check(field, values.get(field.key()), errors);
            }
        }
        Object owner = values.get(FieldRegistry.OWNER);
        if (checkOwner && owner != null && !errors.has(FieldRegistry.OWNER) && !ownerIds().contains(owner)) {
            errors.add(FieldRegistry.OWNER, "validation.owner");
        }
        errors.throwIfAny();
    }

    private Set<Long> ownerIds() {
        return users.listOwners().stream().map(UserSummary::id).collect(Collectors.toSet());
    }

    private List<FieldChange> changes(Map<String, Object> before, Map<String, Object> after) {
        List<Long> ownerIds = Stream.of(before.get(FieldRegistry.OWNER), after.get(FieldRegistry.OWNER))
                .filter(Long.class::isInstance).map(Long.class::cast).toList();
        Map<Long, String> ownerNames = ownerNames(ownerIds);
        List<FieldChange> changes = new ArrayList<>();
        for (FieldDefinition field : fields.fields()) {
            if (field.readOnly()) {
                continue;
            }
            String old = auditText(before.get(field.key()), ownerNames);
            String now = auditText(after.get(field.key()), ownerNames);
            if (FieldChange.differ(old, now)) {
                changes.add(new FieldChange(field.key(), old, now));
            }
        }
        return changes;
    }

    /** Values as a person reads them in the audit log; owners by name, with their id to stay unambiguous. */
    private static String auditText(Object value, Map<Long, String> ownerNames) {
        if (value instanceof Long id && ownerNames.containsKey(id)) {
            return ownerNames.get(id) + " (#" + id + ")";
        }
        if (value instanceof Collection<?> list) {
            return list.isEmpty() ? null : list.stream().map(Object::toString).collect(Collectors.joining(", "));
        }
        return value == null ? null : value.toString();
    }
}
