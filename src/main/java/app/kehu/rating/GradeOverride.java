package app.kehu.rating;

/** A grade that wins over the score when its group matches, e.g. no purchase in 12 months → D. */
public record GradeOverride(RuleGroup when, String grade) {
}
