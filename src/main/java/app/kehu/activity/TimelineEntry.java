package app.kehu.activity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of a customer's timeline: what happened, on which day, and who logged it ({@code by} is a display
 * name, or null for a user who no longer exists).
 */
public sealed interface TimelineEntry {

    long id();

    EntryKind kind();

    LocalDate day();

    String by();

    record Interaction(long id, Instant occurredAt, LocalDate day, Channel channel, String summary, String by)
            implements TimelineEntry {

        @Override
        public EntryKind kind() {
            return EntryKind.INTERACTION;
        }
    }

    record Purchase(long id, LocalDate day, BigDecimal amount, String product, String channel, String by)
            implements TimelineEntry {

        @Override
        public EntryKind kind() {
            return EntryKind.PURCHASE;
        }
    }

    record Feedback(long id, LocalDate day, int satisfaction, String comment, String by) implements TimelineEntry {

        @Override
        public EntryKind kind() {
            return EntryKind.FEEDBACK;
        }
    }

    record ServiceRequest(long id, LocalDate day, LocalDate closedOn, String topic, String by)
            implements TimelineEntry {

        @Override
        public EntryKind kind() {
            return EntryKind.SERVICE_REQUEST;
        }

        public boolean open() {
            return closedOn == null;
        }
    }

    record Campaign(long id, LocalDate day, String campaign, boolean responded, String by) implements TimelineEntry {

        @Override
        public EntryKind kind() {
            return EntryKind.CAMPAIGN;
        }
    }
}
