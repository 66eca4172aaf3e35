package app.kehu.fields;

import app.kehu.audit.AuditEvent.Actor;
import app.kehu.common.Access;
import app.kehu.common.ConcurrentEditException;
import app.kehu.common.FieldError;
import app.kehu.common.NotFoundException;
import app.kehu.common.ValidationException;
import app.kehu.tenancy.TenantContext;
import app.kehu.tenancy.TenantPrincipal;
import app.kehu.tenancy.TenantRef;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The field designer's backend: sections and fields of the tenant's customer table, and the templates that
 * add ready-made ones. Everyone signed in reads; only admins change. Each change is validated as a whole,
 * then done in one transaction with the DDL of its column and its audit entry, so it happens completely or
 * not at all; changes of one tenant are serialised, and customer edits running meanwhile keep their data.
 */
@Service
public class FieldService {

    /** PostgreSQL allows 1,600 columns, archived fields keep theirs, and a wide row gets slow long before. */
    static final int MAX_CUSTOM_FIELDS = 400;
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    private static final String GRADE = "grade";
    private static final Set<String> GRADES = Set.of("A", "B", "C", "D");

    private final FieldRepository fields;
    private final SectionRepository sections;
    private final FieldRegistry registry;
    private final CustomerColumns columns;
    private final FieldAudit audit;
    private final Duration lockTimeout;

    FieldService(FieldRepository fields, SectionRepository sections, FieldRegistry registry, CustomerColumns columns,
            FieldAudit audit, @Value("${kehu.fields.lock-timeout:5s}") Duration lockTimeout) {
        this.fields = fields;
        this.sections = sections;
        this.registry = registry;
        this.columns = columns;
        this.audit = audit;
        this.lockTimeout = lockTimeout;
    }

    // ---------------------------------------------------------------- reading

    @PreAuthorize(Access.SIGNED_IN)
    public List<Section> sections() {
        return registry.snapshot(signedInTenant()).sections();
    }

    /** The fields in display order; archived ones only if asked for (the designer shows them to restore). */
    @PreAuthorize(Access.SIGNED_IN)
    public List<FieldDefinition> fields(boolean includeArchived) {
        FieldSet set = registry.snapshot(signedInTenant());
        return includeArchived ? set.all() : set.active();
    }

    @PreAuthorize(Access.SIGNED_IN)
    public FieldDefinition field(String key) {
        return registry.snapshot(signedInTenant()).findIncludingArchived(key)
                .orElseThrow(() -> new NotFoundException(FieldAudit.FIELD, key));
    }

    @PreAuthorize(Access.SIGNED_IN)
    public List<FieldTemplate> templates() {
        signedInTenant();
        return FieldTemplates.all();
    }

    // ---------------------------------------------------------------- fields

    @PreAuthorize(Access.ADMIN)
    @Transactional
    public FieldDefinition addField(NewField field) {
        return changing(tenant -> add(tenant, currentActor(), field));
    }

    /**
     * Saves a field's settings as read at {@code expectedVersion}. A built-in field takes new labels, help and
     * section only. Making a field required or unique is refused, naming the customers in the way, where the
     * data does not allow it; so is removing an option customers still use.
     */
    @PreAuthorize(Access.ADMIN)
    @Transactional
    public FieldDefinition updateField(String key, long expectedVersion, FieldSettings settings) {
        return changing(tenant -> update(tenant, currentActor(), key, expectedVersion, settings));
    }

    /**
     * Changes a custom field's type, with the settings it has afterwards (a select needs its options, a text
     * field may take a length). Refused, with the values that block it, if any stored value would not survive.
     */
    @PreAuthorize(Access.ADMIN)
    @Transactional
    public FieldDefinition changeType(String key, long expectedVersion, FieldType type, FieldSettings settings) {
        return changing(tenant -> convert(tenant, currentActor(), key, expectedVersion, type, settings));
    }

    /** Puts the section's active fields in the given order; archived ones follow. */
    @PreAuthorize(Access.ADMIN)
    @Transactional
    public List<FieldDefinition> reorder(String sectionKey, List<String> keys) {
        return changing(tenant -> reorderFields(tenant, currentActor(), sectionKey, keys));
    }

    /** Hides a custom field from forms and the grid; its column and values stay. */
    @PreAuthorize(Access.ADMIN)
    @Transactional
    public FieldDefinition archive(String key, long expectedVersion) {
        return changing(tenant -> setArchived(tenant, currentActor(), key, expectedVersion, true));
    }

    /** Brings an archived field back with its values; a required one only if every customer has a value. */
    @PreAuthorize(Access.ADMIN)
    @Transactional
    public FieldDefinition restore(String key, long expectedVersion) {
        return changing(tenant -> setArchived(tenant, currentActor(), key, expectedVersion, false));
    }

    // ---------------------------------------------------------------- sections

    @PreAuthorize(Access.ADMIN)
    @Transactional
    public Section addSection(NewSection section) {
        return changing(tenant -> createSection(tenant, currentActor(), section));
    }

    @PreAuthorize(Access.ADMIN)
    @Transactional
    public Section renameSection(String key, long expectedVersion, LocalizedText label) {
        return changing(tenant -> {
            SectionEntity entity = sections.findByKey(key)
                    .orElseThrow(() -> new NotFoundException(FieldAudit.SECTION, key));
            if (entity.getVersion() != expectedVersion) {
                throw new ConcurrentEditException(FieldAudit.SECTION, key);
            }
            LocalizedText tidy = label == null ? new LocalizedText(null, null)
                    : new LocalizedText(strip(label.zh()), strip(label.en()));
            ValidationException.Collector errors = new ValidationException.Collector();
            FieldSettingsCheck.checkLabels(tidy, "labelZh", "labelEn", errors);
            errors.throwIfAny();
            Section before = entity.toSection();
            entity.setLabel(tidy);
            Section after = sections.saveAndFlush(entity).toSection();
            audit.sectionChanged(currentActor(), before, after);
            return after;
        });
    }

    @PreAuthorize(Access.ADMIN)
    @Transactional
    public List<Section> reorderSections(List<String> keys) {
        return changing(tenant -> {
            List<SectionEntity> all = sections.findAllByOrderByPositionAscIdAsc();
            Map<String, SectionEntity> byKey = all.stream()
                    .collect(Collectors.toMap(SectionEntity::getKey, Function.identity()));
            requireSameKeys(keys, byKey.keySet());
            Actor actor = currentActor();
            for (int position = 0; position < keys.size(); position++) {
                SectionEntity entity = byKey.get(keys.get(position));
                if (entity.getPosition() != position) {
                    Section before = entity.toSection();
                    entity.setPosition(position);
                    audit.sectionChanged(actor, before, sections.saveAndFlush(entity).toSection());
                }
            }
            return registry.snapshot(tenant).sections();
        });
    }

    // ---------------------------------------------------------------- templates

    /** What applying the template would add, and what it would skip because the key exists. */
    @PreAuthorize(Access.ADMIN)
    public TemplatePreview previewTemplate(String templateId) {
        return plan(registry.snapshot(), template(templateId));
    }

    /** Adds what the template has and the tenant has not; applying it again adds nothing. */
    @PreAuthorize(Access.ADMIN)
    @Transactional
    public TemplatePreview applyTemplate(String templateId) {
        FieldTemplate template = template(templateId);
        return changing(tenant -> apply(tenant, currentActor(), template));
    }

    /**
     * Applies a template while a tenant is being signed up, in the signup's transaction: nobody is signed in
     * yet, so the new admin is named as the actor. Refused once someone is signed in: from then on, templates
     * are applied by an admin through {@link #applyTemplate}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public TemplatePreview applyTemplateAtSignup(TenantRef tenant, Actor admin, String templateId) {
        if (TenantContext.principal().isPresent()) {
            throw new AccessDeniedException("Templates of a signed-in tenant are applied by its admins");
        }
        if (!tenant.equals(TenantContext.require())) {
            throw new IllegalStateException("The signup must bind its tenant before applying a template");
        }
        FieldTemplate template = template(templateId);
        return changing(bound -> apply(bound, admin, template));
    }

    /**
     * Gives the built-in grade field the labels and colours of the rating's bands, so the grid's chips read as
     * the published rules name the grades. Runs inside the publish that decided them; the values stay A to D.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void relabelGrades(List<SelectOption> options) {
        if (!options.stream().map(SelectOption::value).allMatch(GRADES::contains)) {
            throw new IllegalArgumentException("Grades are A to D: " + options);
        }
        changing(tenant -> {
            fields.findByKey(GRADE).orElseThrow().replaceOptions(options);
            return null;
        });
    }

    /** The templates a company may start with when signing up, before anyone of it is signed in. */
    public List<FieldTemplate> templatesOfferedAtSignup() {
        return FieldTemplates.all();
    }

    public boolean isTemplate(String templateId) {
        return FieldTemplates.find(templateId).isPresent();
    }

    // ---------------------------------------------------------------- the changes

    /**
     * Runs a change of the tenant's fields: readers keep the committed fields until it ends, concurrent field
     * changes wait, and a change that cannot get its locks in time is refused as busy instead of queueing.
     */
    private <T> T changing(Function<TenantRef, T> change) {
        TenantRef tenant = TenantContext.require();
        try {
            registry.changingInThisTransaction(tenant);
            columns.startFieldChange(tenant, lockTimeout);
            return change.apply(tenant);
        } catch (RuntimeException e) {
            if (isLockTimeout(e)) {
                throw new ValidationException(new FieldError("busy", "fields.error.busy"));
            }
            throw e;
        }
    }

    private FieldDefinition add(TenantRef tenant, Actor actor, NewField request) {
        FieldSet current = registry.snapshot(tenant);
        String key = strip(request.key());
        FieldType type = request.type();
        FieldSettings settings = (request.settings() == null ? FieldSettings.of(null, null, null)
                : request.settings()).tidied();
        ValidationException.Collector errors = new ValidationException.Collector();
        FieldSettingsCheck.checkKey(key, key != null && current.findIncludingArchived(key).isPresent(), errors);
        FieldSettingsCheck.checkType(type, errors);
        if (current.all().stream().filter(f -> !f.builtIn()).count() >= MAX_CUSTOM_FIELDS) {
            errors.add("key", "fields.error.too-many-fields", MAX_CUSTOM_FIELDS);
        }
        FieldDefinition provisional = provisional(key, type, settings);
        FieldSettingsCheck.check(type, settings, sectionKeys(current), provisional, errors);
        errors.throwIfAny();

        SectionEntity section = section(settings.section());
        FieldEntity entity = new FieldEntity(key, type, section.getId(), nextPosition(section));
        entity.apply(settings, section.getId(), defaultText(provisional, settings));
        FieldDefinition created = fields.saveAndFlush(entity).toDefinition(section.getKey());
        columns.add(tenant, created);
        if (created.required() && created.defaultValue() != null) {
            columns.fillEmpty(tenant, created, created.defaultValue());
        }
        columns.reshape(tenant, created, ColumnShape.NONE, ColumnShape.of(created));
        audit.fieldCreated(actor, created);
        return created;
    }

    private FieldDefinition update(TenantRef tenant, Actor actor, String key, long expectedVersion,
            FieldSettings requested) {
        FieldEntity entity = load(key, expectedVersion);
        FieldSet current = registry.snapshot(tenant);
        FieldDefinition before = current.findIncludingArchived(key).orElseThrow();
        FieldSettings settings = (requested == null ? before.settings() : requested).tidied();
        ValidationException.Collector errors = new ValidationException.Collector();
        if (entity.isBuiltIn()) {
            FieldSettingsCheck.checkBuiltIn(before, settings, sectionKeys(current), errors);
        } else {
            FieldSettingsCheck.check(before.type(), settings, sectionKeys(current),
                    provisional(key, before.type(), settings), errors);
        }
        errors.throwIfAny();
        refuseRemovingOptionsInUse(tenant, before, settings);

        SectionEntity section = section(settings.section());
        if (!section.getKey().equals(before.section())) {
            entity.setPosition(nextPosition(section));
        }
        if (entity.isBuiltIn()) {
            entity.applyToBuiltIn(settings, section.getId());
        } else {
            entity.apply(settings, section.getId(), defaultText(provisional(key, before.type(), settings), settings));
        }
        FieldDefinition after = fields.saveAndFlush(entity).toDefinition(section.getKey());
        columns.reshape(tenant, after, ColumnShape.of(before), ColumnShape.of(after));
        audit.fieldChanged(actor, before, after);
        return after;
    }

    private FieldDefinition convert(TenantRef tenant, Actor actor, String key, long expectedVersion, FieldType type,
            FieldSettings requested) {
        FieldEntity entity = load(key, expectedVersion);
        FieldSet current = registry.snapshot(tenant);
        FieldDefinition before = current.findIncludingArchived(key).orElseThrow();
        ValidationException.Collector errors = new ValidationException.Collector();
        if (before.builtIn()) {
            errors.add("type", "fields.error.built-in-fixed");
        } else if (before.archived()) {
            errors.add("type", "fields.error.archived");
        } else if (before.type() == type) {
            errors.add("type", "fields.error.same-type");
        } else {
            FieldSettingsCheck.checkType(type, errors);
        }
        errors.throwIfAny();
        FieldSettings settings = (requested == null ? before.settings() : requested).tidied();
        FieldDefinition target = provisional(key, type, settings);
        FieldSettingsCheck.check(type, settings, sectionKeys(current), target, errors);
        TypeConversion conversion = TypeConversion.between(tenant, before, target).orElse(null);
        if (conversion == null) {
            errors.add("type", "fields.error.type-change-unsupported", before.type().name(), type.name());
        }
        errors.throwIfAny();
        CustomerColumns.Sample blocking = columns.blockingValues(tenant, before, conversion);
        if (blocking.count() > 0) {
            throw new ValidationException(blocking.asError("type", "fields.error.type-change-blocked"));
        }

        boolean newStorage = !before.type().sqlType().equals(type.sqlType());
        ColumnShape shape = ColumnShape.of(before);
        if (newStorage) {
            columns.dropIndexes(tenant, before, shape);
            shape = shape.withoutIndexes();
        }
        columns.convert(tenant, before, type, conversion);
        SectionEntity section = section(settings.section());
        if (!section.getKey().equals(before.section())) {
            entity.setPosition(nextPosition(section));
        }
        entity.setType(type);
        entity.apply(settings, section.getId(), defaultText(target, settings));
        FieldDefinition after = fields.saveAndFlush(entity).toDefinition(section.getKey());
        columns.reshape(tenant, after, shape, ColumnShape.of(after));
        audit.fieldChanged(actor, before, after);
        return after;
    }

    private List<FieldDefinition> reorderFields(TenantRef tenant, Actor actor, String sectionKey, List<String> keys) {
        SectionEntity section = sections.findByKey(sectionKey)
                .orElseThrow(() -> new NotFoundException(FieldAudit.SECTION, sectionKey));
        FieldSet current = registry.snapshot(tenant);
        List<FieldEntity> inSection = fields.findBySectionIdOrderByPositionAscIdAsc(section.getId());
        Set<String> active = inSection.stream().filter(f -> !f.isArchived()).map(FieldEntity::getKey)
                .collect(Collectors.toSet());
        requireSameKeys(keys, active);
        List<FieldEntity> ordered = new ArrayList<>();
        keys.forEach(key -> ordered.add(inSection.stream().filter(f -> f.getKey().equals(key)).findFirst()
                .orElseThrow()));
        inSection.stream().filter(FieldEntity::isArchived).forEach(ordered::add);
        for (int position = 0; position < ordered.size(); position++) {
            FieldEntity entity = ordered.get(position);
            if (entity.getPosition() != position) {
                FieldDefinition before = current.findIncludingArchived(entity.getKey()).orElseThrow();
                entity.setPosition(position);
                audit.fieldChanged(actor, before, fields.saveAndFlush(entity).toDefinition(section.getKey()));
            }
        }
        return registry.snapshot(tenant).active().stream().filter(f -> f.section().equals(sectionKey)).toList();
    }

    private FieldDefinition setArchived(TenantRef tenant, Actor actor, String key, long expectedVersion,
            boolean archived) {
        FieldEntity entity = load(key, expectedVersion);
        FieldDefinition before = registry.snapshot(tenant).findIncludingArchived(key).orElseThrow();
        if (entity.isBuiltIn()) {
            throw new ValidationException(new FieldError("archived", "fields.error.built-in-archive"));
        }
        if (entity.isArchived() == archived) {
            return before;
        }
        entity.setArchived(archived);
        FieldDefinition after = fields.saveAndFlush(entity).toDefinition(before.section());
        columns.reshape(tenant, after, ColumnShape.of(before), ColumnShape.of(after));
        audit.fieldChanged(actor, before, after);
        return after;
    }

    private Section createSection(TenantRef tenant, Actor actor, NewSection request) {
        String key = request == null ? null : strip(request.key());
        LocalizedText label = request == null || request.label() == null ? new LocalizedText(null, null)
                : new LocalizedText(strip(request.label().zh()), strip(request.label().en()));
        ValidationException.Collector errors = new ValidationException.Collector();
        if (key == null || !FieldSettingsCheck.KEY.matcher(key).matches()) {
            errors.add("key", "fields.error.key-format");
        } else if (sections.findByKey(key).isPresent()) {
            errors.add("key", "fields.error.section-taken");
        }
        FieldSettingsCheck.checkLabels(label, "labelZh", "labelEn", errors);
        errors.throwIfAny();
        int position = sections.findAllByOrderByPositionAscIdAsc().stream().mapToInt(SectionEntity::getPosition)
                .max().orElse(-1) + 1;
        Section created = sections.saveAndFlush(new SectionEntity(key, label, position)).toSection();
        audit.sectionCreated(actor, created);
        return created;
    }

    private TemplatePreview apply(TenantRef tenant, Actor actor, FieldTemplate template) {
        TemplatePreview plan = plan(registry.snapshot(tenant), template);
        plan.sectionsToAdd().forEach(section -> createSection(tenant, actor, section));
        plan.fieldsToAdd().forEach(field -> add(tenant, actor, field));
        return plan;
    }

    private static TemplatePreview plan(FieldSet current, FieldTemplate template) {
        List<NewSection> sectionsToAdd = template.sections().stream()
                .filter(s -> current.section(s.key()).isEmpty()).toList();
        List<NewField> toAdd = new ArrayList<>();
        List<NewField> skipped = new ArrayList<>();
        template.fields().forEach(f -> (current.findIncludingArchived(f.key()).isPresent() ? skipped : toAdd).add(f));
        return new TemplatePreview(template.id(), sectionsToAdd, toAdd, skipped);
    }

    // ---------------------------------------------------------------- helpers

    private void refuseRemovingOptionsInUse(TenantRef tenant, FieldDefinition before, FieldSettings settings) {
        Set<String> removed = new HashSet<>(FieldValues.valuesOf(before.options()));
        removed.removeAll(FieldValues.valuesOf(settings.options()));
        if (!removed.isEmpty() && !before.builtIn()) {
            CustomerColumns.Sample inUse = columns.optionsInUse(tenant, before, removed);
            if (inUse.count() > 0) {
                throw new ValidationException(inUse.asError("options", "fields.error.option-in-use"));
            }
        }
    }

    private static FieldTemplate template(String templateId) {
        return FieldTemplates.find(templateId).orElseThrow(() -> new NotFoundException("Template", templateId));
    }

    private FieldEntity load(String key, long expectedVersion) {
        FieldEntity entity = fields.findByKey(key).orElseThrow(() -> new NotFoundException(FieldAudit.FIELD, key));
        if (entity.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(FieldAudit.FIELD, key);
        }
        return entity;
    }

    private SectionEntity section(String key) {
        return sections.findByKey(key).orElseThrow(() -> new NotFoundException(FieldAudit.SECTION, key));
    }

    private int nextPosition(SectionEntity section) {
        return fields.findBySectionIdOrderByPositionAscIdAsc(section.getId()).stream()
                .mapToInt(FieldEntity::getPosition).max().orElse(-1) + 1;
    }

    private static Set<String> sectionKeys(FieldSet current) {
        return current.sections().stream().map(Section::key).collect(Collectors.toSet());
    }

    private static void requireSameKeys(List<String> keys, Set<String> expected) {
        if (keys == null || keys.size() != expected.size() || !Set.copyOf(keys).equals(expected)) {
            throw new ValidationException(new FieldError("order", "fields.error.reorder-mismatch"));
        }
    }

    /** The field as it would be with these settings, to check values (the default) against it. */
    private static FieldDefinition provisional(String key, FieldType type, FieldSettings settings) {
        return new FieldDefinition(key, "cf_" + key, type, settings.section(), 0, settings.label(), settings.help(),
                settings.required(), settings.unique(), null, settings.rules(), settings.options(),
                settings.filterable(), false, false, false, false, 0);
    }

    /** The default as stored: canonical text of the value read as the field's type. */
    private static String defaultText(FieldDefinition field, FieldSettings settings) {
        if (FieldValidator.isEmpty(settings.defaultValue())) {
            return null;
        }
        return FieldValues.toText(FieldValues.normalise(field, settings.defaultValue(),
                new ValidationException.Collector()));
    }

    /** Reads are for signed-in users of a tenant, like every other read of tenant data. */
    private static TenantRef signedInTenant() {
        return TenantContext.principal().map(TenantPrincipal::tenant)
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not signed in"));
    }

    private static Actor currentActor() {
        return TenantContext.principal().map(p -> new Actor(p.userId(), p.email()))
                .orElseThrow(() -> new IllegalStateException("A field change without a signed-in user"));
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    private static boolean isLockTimeout(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && Objects.equals(LOCK_NOT_AVAILABLE, sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
