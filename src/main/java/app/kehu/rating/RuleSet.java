package app.kehu.rating;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A rating rule set as the admin draws it: scoring rules whose matched points add up to a score, score bands
 * that turn the score into a grade, and overrides that set a grade whatever the score (e.g. blacklisted → D).
 * The one model both evaluators read: SQL for every customer at once, Java for one customer and "why".
 *
 * @param scoring   the root group; every node in the tree that matches adds its points, independently of its
 *                  parent's outcome, so the score is the sum of the points of all matching nodes
 * @param bands     from the best grade down, each with the lowest score that reaches it; the last band has no
 *                  minimum and takes every score below the others
 * @param overrides checked in order before the score; the first that matches decides the grade
 */
public record RuleSet(RuleGroup scoring, List<GradeBand> bands, List<GradeOverride> overrides) {

    public RuleSet {
        bands = List.copyOf(bands);
        overrides = List.copyOf(overrides);
    }

    /** The keys of everything the conditions test, in scoring and overrides. */
    public Set<String> operandKeys() {
        Set<String> keys = new HashSet<>();
        collect(scoring, keys);
        overrides.forEach(override -> collect(override.when(), keys));
        return keys;
    }

    private static void collect(RuleNode node, Set<String> keys) {
        switch (node) {
            case RuleCondition condition -> keys.add(condition.operand());
            case RuleGroup group -> group.children().forEach(child -> collect(child, keys));
        }
    }
}
