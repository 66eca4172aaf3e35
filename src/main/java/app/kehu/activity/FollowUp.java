package app.kehu.activity;

import java.time.Instant;
import java.time.LocalDate;

/** A customer whose next follow-up is due; overdue when its date has passed. */
public record FollowUp(long customerId, String customerName, String ownerName, LocalDate dueOn,
        Instant lastContactAt, boolean overdue) {
}
