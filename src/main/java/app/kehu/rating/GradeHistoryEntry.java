package app.kehu.rating;

import java.time.Instant;

/**
 * One change of a customer's grade.
 *
 * @param cause what made it: publish, restore, customer edit, behaviour data, daily refresh, manual override
 */
public record GradeHistoryEntry(Instant at, String from, String to, Integer version, String cause,
        String actorEmail) {
}
