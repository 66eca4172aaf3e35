package app.kehu.rating;

import java.time.Instant;

/** A published rule set; versions are numbered from 1 and never change once published. */
public record RuleSetVersion(int number, RuleSet rules, Instant publishedAt, String publishedBy, String note,
        boolean current) {
}
