package app.kehu.rating;

import app.kehu.common.FieldError;
import app.kehu.common.ValidationException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything that keeps a rule set from being published, each problem under the path of what it is about:
 * "scoring.0.1" for the second child of the root's first child, "bands.2", "overrides.0.when.1". A rule set
 * with any problem is refused as a whole, so no version is ever half valid.
 */
final class RuleCheck {

    static final List<String> GRADES = List.of("A", "B", "C", "D");
    static final int MAX_NODES = 200;
    static final int MAX_DEPTH = 8;
    static final int MAX_LABEL = 40;
    private static final BigDecimal POINTS_LIMIT = new BigDecimal("1000000000");
    private static final Pattern COLOUR = Pattern.compile("^#[0-9a-fA-F]{6}$");

    private final RuleOperands operands;
    private final ValidationException.Collector errors = new ValidationException.Collector();
    private int nodes;

    private RuleCheck(RuleOperands operands) {
        this.operands = operands;
    }

    static List<FieldError> check(RuleSet rules, RuleOperands operands) {
        RuleCheck check = new RuleCheck(operands);
        check.ruleSet(rules);
        return check.errors.errors();
    }

    private void ruleSet(RuleSet rules) {
        if (rules == null || rules.scoring() == null) {
            errors.add("scoring", "rating.error.required");
            return;
        }
        node(rules.scoring(), "scoring", 0);
        bands(rules.bands());
        for (int i = 0; i < rules.overrides().size(); i++) {
            GradeOverride override = rules.overrides().get(i);
            String path = "overrides." + i;
            if (override == null || !GRADES.contains(override.grade())) {
                errors.add(path, "rating.error.grade");
            }
            if (override == null || override.when() == null) {
                errors.add(path + ".when", "rating.error.required");
            } else {
                node(override.when(), path + ".when", 0);
            }
        }
        if (nodes > MAX_NODES) {
            errors.add("scoring", "rating.error.too-many-nodes", MAX_NODES);
        }
    }

    private void node(RuleNode node, String path, int depth) {
        nodes++;
        if (node == null) {
            errors.add(path, "rating.error.required");
            return;
        }
        BigDecimal points = node.points();
        if (points.abs().compareTo(POINTS_LIMIT) >= 0
                || points.stripTrailingZeros().scale() > CompiledCondition.MAX_SCALE) {
            errors.add(path, "rating.error.points");
        }
        switch (node) {
            case RuleGroup group -> {
                if (group.combinator() == null) {
                    errors.add(path, "rating.error.combinator");
                }
                if (depth >= MAX_DEPTH) {
                    errors.add(path, "rating.error.too-deep", MAX_DEPTH);
                    return;
                }
                for (int i = 0; i < group.children().size(); i++) {
                    node(group.children().get(i), path + "." + i, depth + 1);
                }
            }
            case RuleCondition condition -> condition(condition, path);
        }
    }

    private void condition(RuleCondition condition, String path) {
        Optional<Operand> operand = operands.operand(condition.operand());
        if (operand.isPresent() && operand.get().archived()) {
            errors.add(path, "rating.error.archived", operand.get().label().zh(), operand.get().label().en());
            return;
        }
        Optional<CompiledCondition> compiled = CompiledCondition.compile(condition, operands,
                (key, args) -> errors.add(path, key, args));
        if (compiled.isPresent() && operand.get().type().hasOptions()) {
            Set<String> known = new HashSet<>();
            operand.get().options().forEach(o -> known.add(o.value()));
            compiled.get().args().stream().filter(value -> !known.contains(value)).findFirst()
                    .ifPresent(value -> errors.add(path, "rating.error.unknown-option", value));
        }
    }

    private void bands(List<GradeBand> bands) {
        if (bands.isEmpty() || bands.size() > GRADES.size()) {
            errors.add("bands", "rating.error.band-count", GRADES.size());
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < bands.size(); i++) {
            GradeBand band = bands.get(i);
            String path = "bands." + i;
            boolean last = i == bands.size() - 1;
            if (band == null) {
                errors.add(path, "rating.error.required");
                continue;
            }
            if (!GRADES.contains(band.grade()) || !seen.add(band.grade())) {
                errors.add(path, "rating.error.band-grade");
            } else if (i > 0 && bands.get(i - 1) != null && GRADES.contains(bands.get(i - 1).grade())
                    && GRADES.indexOf(bands.get(i - 1).grade()) > GRADES.indexOf(band.grade())) {
                errors.add(path, "rating.error.band-grade-order");
            }
            if (last != (band.minScore() == null)) {
                errors.add(path, last ? "rating.error.band-last-open" : "rating.error.band-min-score");
            } else if (!last && (band.minScore().abs().compareTo(CompiledCondition.NUMBER_LIMIT) >= 0
                    || band.minScore().stripTrailingZeros().scale() > CompiledCondition.MAX_SCALE)) {
                errors.add(path, "rating.error.band-min-score");
            } else if (!last && i > 0 && bands.get(i - 1) != null && bands.get(i - 1).minScore() != null
                    && bands.get(i - 1).minScore().compareTo(band.minScore()) <= 0) {
                errors.add(path, "rating.error.band-score-order");
            }
            if (band.colour() == null || !COLOUR.matcher(band.colour()).matches()) {
                errors.add(path, "rating.error.band-colour");
            }
            if (blankOrLong(band.labelZh()) || blankOrLong(band.labelEn())) {
                errors.add(path, "rating.error.band-label", MAX_LABEL);
            }
        }
    }

    private static boolean blankOrLong(String label) {
        return label == null || label.isBlank() || label.strip().length() > MAX_LABEL;
    }
}
