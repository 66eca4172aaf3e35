package app.kehu.rating;

import java.math.BigDecimal;
import java.util.List;

/** What the Java evaluator found for one customer: every scoring node's outcome, the score and the grade. */
record Evaluation(List<GradeExplanation.NodeOutcome> nodes, BigDecimal score, GradeBand band,
        GradeOverride override, String manualGrade, String grade) {
}
