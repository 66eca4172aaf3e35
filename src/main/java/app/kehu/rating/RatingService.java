package app.kehu.rating;

import app.kehu.audit.AuditAction;
import app.kehu.audit.AuditService;
import app.kehu.audit.FieldChange;
import app.kehu.common.Access;
import app.kehu.common.FieldError;
import app.kehu.common.NotFoundException;
import app.kehu.common.ValidationException;
import app.kehu.customer.Customer;
import app.kehu.customer.CustomerService;
import app.kehu.fields.FieldRegistry;
import app.kehu.fields.FieldService;
import app.kehu.fields.FieldSet;
import app.kehu.fields.SelectOption;
import app.kehu.tenancy.TenantContext;
import app.kehu.tenancy.TenantRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The tenant's rating rules: edit, preview, publish, restore; every customer's grade, its reason and history. */
@Service
public class RatingService {

    static final String ENTITY = "RatingRules";
    /** How many changed customers a preview lists by name; the total counts them all. */
    static final int PREVIEW_CHANGES = 200;
    static final int MAX_NOTE = 500;
    private static final String GRADE = "grade";

    private final GradeStore store;
    private final Grader grader;
    private final RecomputeJobs jobs;
    private final FieldRegistry fields;
    private final FieldService fieldService;
    private final CustomerService customers;
    private final AuditService audit;

    RatingService(GradeStore store, Grader grader, RecomputeJobs jobs, FieldRegistry fields,
            FieldService fieldService, CustomerService customers, AuditService audit) {
        this.store = store;
        this.grader = grader;
        this.jobs = jobs;
        this.fields = fields;
        this.fieldService = fieldService;
        this.customers = customers;
        this.audit = audit;
    }

    /** Fields and derived values a condition can test, archived ones flagged. */
    @PreAuthorize(Access.ADMIN)
    public List<Operand> operands() {
        return operandsNow().all();
    }

    /** The rules the editor starts from: the current version's, or the starter set if none was published. */
    @PreAuthorize(Access.ADMIN)
    public RuleSet editable() {
        TenantRef tenant = TenantContext.require();
        return store.currentVersion(tenant).map(n -> grader.rules(tenant, n)).orElseGet(StarterRules::ruleSet);
    }

    /** Everything that keeps the rules from being published; {@code field} is the node's path, e.g. "scoring.0.1". */
    @PreAuthorize(Access.ADMIN)
    public List<FieldError> check(RuleSet rules) {
        return RuleCheck.check(rules, operandsNow());
    }

    /**
     * The grades the rules would give every customer next to the grades they have, and the customers that would
     * change. Refuses rules that could not be published.
     */
    @PreAuthorize(Access.ADMIN)
    @Transactional(readOnly = true)
    public GradePreview preview(RuleSet rules) {
        TenantRef tenant = TenantContext.require();
        FieldSet set = fields.snapshot(tenant);
        refuseInvalid(rules, set);
        GradeStore.Preview preview = store.preview(tenant, grader.sql(rules, set),
                set.require(FieldRegistry.NAME).column(), PREVIEW_CHANGES);
        Map<String, Long> current = emptyDistribution();
        Map<String, Long> drafted = emptyDistribution();
        long changed = 0;
        for (Map.Entry<List<String>, Long> pair : preview.pairs().entrySet()) {
            String from = pair.getKey().get(0);
            String to = pair.getKey().get(1);
            current.merge(from, pair.getValue(), Long::sum);
            drafted.merge(to, pair.getValue(), Long::sum);
            changed += from.equals(to) ? 0 : pair.getValue();
        }
        return new GradePreview(current, drafted, preview.changes(), changed);
    }

    /** Publishes the rules as a new version and starts recomputing every grade in the background. */
    @PreAuthorize(Access.ADMIN)
    @Transactional
    public RuleSetVersion publish(RuleSet rules, String note) {
        String tidied = note == null || note.isBlank() ? null : note.strip();
        if (tidied != null && tidied.length() > MAX_NOTE) {
            throw new ValidationException(new FieldError("note", "validation.too-long", MAX_NOTE));
        }
        RuleSetVersion published = publish(rules, tidied, null, GradeCause.PUBLISH);
        audit.record(AuditAction.PUBLISH, ENTITY, published.number(), "v" + published.number(),
                tidied == null ? List.of() : List.of(new FieldChange("note", null, tidied)));
        return published;
    }

    /** Publishes an earlier version's rules again, as a new version. */
    @PreAuthorize(Access.ADMIN)
    @Transactional
    public RuleSetVersion restore(int number) {
        TenantRef tenant = TenantContext.require();
        GradeStore.StoredVersion earlier = store.version(tenant, number)
                .orElseThrow(() -> new NotFoundException(ENTITY, number));
        RuleSetVersion published = publish(RuleSetJson.read(earlier.rulesJson()), earlier.note(), number,
                GradeCause.RESTORE);
        audit.record(AuditAction.RESTORE, ENTITY, published.number(), "v" + number + " → v" + published.number(),
                List.of(new FieldChange("restoredFrom", null, String.valueOf(number))));
        return published;
    }

    @PreAuthorize(Access.MANAGERS)
    public List<RuleSetVersion> versions() {
        TenantRef tenant = TenantContext.require();
        List<GradeStore.StoredVersion> stored = store.versions(tenant);
        int current = stored.isEmpty() ? 0 : stored.getFirst().number();
        return stored.stream().map(v -> version(tenant, v, v.number() == current)).toList();
    }

    @PreAuthorize(Access.SIGNED_IN)
    public RecomputeProgress progress() {
        TenantRef tenant = TenantContext.require();
        return store.latestJob(tenant)
                .map(job -> new RecomputeProgress(job.version(), job.done(), job.total(), job.unfinished()))
                .orElseGet(() -> new RecomputeProgress(store.currentVersion(tenant).orElse(0), 0, 0, false));
    }

    /**
     * Why a customer the user can see has their grade, evaluated under the version that gave it. Values of fields
     * the user may not see are {@link GradeExplanation.Withheld#HIDDEN}, masked ones masked.
     */
    @PreAuthorize(Access.SIGNED_IN)
    public GradeExplanation explain(long customerId) {
        Customer seen = customers.get(customerId);
        TenantRef tenant = TenantContext.require();
        FieldSet set = fields.snapshot(tenant);
        RuleOperands operands = new RuleOperands(set);
        GradeStore.StoredCustomer stored = store.customer(tenant, operands.readableColumns(), customerId)
                .orElseThrow(() -> new NotFoundException(CustomerService.ENTITY, customerId));
        int version = Optional.ofNullable(stored.version()).or(() -> store.currentVersion(tenant)).orElseThrow();
        RuleSet rules = grader.rules(tenant, version);
        Evaluation evaluation = grader.javaEvaluator(set).evaluate(rules, stored.values(), stored.manualGrade());
        List<GradeExplanation.NodeOutcome> nodes = evaluation.nodes().stream()
                .map(outcome -> withheld(outcome, operands, seen)).toList();
        Set<String> named = rules.operandKeys();
        return new GradeExplanation(version, nodes, evaluation.score(), evaluation.band(), evaluation.override(),
                evaluation.manualGrade(), evaluation.grade(),
                operands.all().stream().filter(operand -> named.contains(operand.key())).toList());
    }

    /** The customer's grade changes, newest first. */
    @PreAuthorize(Access.SIGNED_IN)
    public List<GradeHistoryEntry> history(long customerId) {
        customers.get(customerId);
        return store.history(TenantContext.require(), customerId);
    }

    /** Sets a grade by hand that wins over the rules, or with null grade gives the customer back to the rules. */
    @PreAuthorize(Access.MANAGERS)
    @Transactional
    public void overrideGrade(long customerId, String grade, String reason) {
        String tidiedReason = reason == null || reason.isBlank() ? null : reason.strip();
        ValidationException.Collector errors = new ValidationException.Collector();
        if (grade != null && !RuleCheck.GRADES.contains(grade)) {
            errors.add("grade", "rating.error.grade");
        }
        if (tidiedReason != null && tidiedReason.length() > MAX_NOTE) {
            errors.add("reason", "validation.too-long", MAX_NOTE);
        }
        errors.throwIfAny();
        TenantRef tenant = TenantContext.require();
        fields.snapshotForWriting(tenant);
        Customer customer = customers.get(customerId);
        String before = store.setManualGrade(tenant, customerId, grade)
                .orElseThrow(() -> new NotFoundException(CustomerService.ENTITY, customerId)).orElse(null);
        grader.regrade(tenant, List.of(customerId), GradeCause.MANUAL);
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("gradeOverride", before, grade));
        if (tidiedReason != null) {
            changes.add(new FieldChange("reason", null, tidiedReason));
        }
        audit.record(AuditAction.UPDATE, CustomerService.ENTITY, customerId,
                String.valueOf(customer.get(FieldRegistry.NAME)), changes);
    }

    private RuleSetVersion publish(RuleSet rules, String note, Integer restoredFrom, String cause) {
        TenantRef tenant = TenantContext.require();
        refuseInvalid(rules, fields.snapshot(tenant));
        String actor = Grader.actor();
        int number = store.addVersion(tenant, RuleSetJson.write(rules), actor, note, restoredFrom);
        List<SelectOption> options = gradeOptions(rules);
        if (!options.equals(fields.snapshot(tenant).require(GRADE).options())) {
            fieldService.relabelGrades(options); // a field change: only when the bands renamed or recoloured a grade
        }
        jobs.start(tenant, number, cause, actor);
        return version(tenant, store.version(tenant, number).orElseThrow(), true);
    }

    private void refuseInvalid(RuleSet rules, FieldSet set) {
        List<FieldError> problems = RuleCheck.check(rules, new RuleOperands(set));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private RuleSetVersion version(TenantRef tenant, GradeStore.StoredVersion stored, boolean current) {
        return new RuleSetVersion(stored.number(), grader.rules(tenant, stored.number()), stored.publishedAt(),
                stored.publishedBy(), stored.note(), current);
    }

    private RuleOperands operandsNow() {
        return new RuleOperands(fields.snapshot(TenantContext.require()));
    }

    /** The grade field's options as the bands name and colour them; grades without a band keep theirs. */
    private List<SelectOption> gradeOptions(RuleSet rules) {
        Map<String, SelectOption> options = new LinkedHashMap<>();
        fields.snapshot(TenantContext.require()).require(GRADE).options()
                .forEach(option -> options.put(option.value(), option));
        for (GradeBand band : rules.bands()) {
            options.put(band.grade(), new SelectOption(band.grade(), band.grade() + " " + band.labelZh().strip(),
                    band.grade() + " " + band.labelEn().strip(), band.colour().toLowerCase(Locale.ROOT)));
        }
        return RuleCheck.GRADES.stream().filter(options::containsKey).map(options::get).toList();
    }

    private static Map<String, Long> emptyDistribution() {
        Map<String, Long> distribution = new LinkedHashMap<>();
        RuleCheck.GRADES.forEach(grade -> distribution.put(grade, 0L));
        distribution.put("", 0L);
        return distribution;
    }

    /** The node's outcome as the user may see it: values of fields hidden from them withheld. */
    private static GradeExplanation.NodeOutcome withheld(GradeExplanation.NodeOutcome outcome,
            RuleOperands operands, Customer seen) {
        if (!(outcome.node() instanceof RuleCondition condition)) {
            return outcome;
        }
        Optional<OperandColumn> column = operands.column(condition.operand());
        if (column.isEmpty()) {
            return outcome;
        }
        String source = column.get().sourceKey();
        if (!seen.values().containsKey(source)) {
            return new GradeExplanation.NodeOutcome(outcome.node(), outcome.depth(), outcome.matched(),
                    outcome.points(), GradeExplanation.Withheld.HIDDEN);
        }
        Object shown = column.get().derived() ? outcome.actual() : seen.get(source);
        return new GradeExplanation.NodeOutcome(outcome.node(), outcome.depth(), outcome.matched(), outcome.points(),
                shown);
    }
}
