package app.kehu.activity;

import java.time.Instant;

/** A customer nobody edited or contacted for a while: when that last happened, and who owns them. */
public record StaleCustomer(long customerId, String customerName, String ownerName, Instant lastTouchedAt,
        long daysUntouched) {
}
