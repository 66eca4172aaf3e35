package app.kehu.activity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Behaviour a user logs for a customer; the service validates it, naming each field by its component name. */
public sealed interface NewEntry {

    EntryKind kind();

    record Interaction(Instant occurredAt, Channel channel, String summary) implements NewEntry {

        @Override
        public EntryKind kind() {
            return EntryKind.INTERACTION;
        }
    }

    record Purchase(LocalDate purchasedOn, BigDecimal amount, String product, String channel) implements NewEntry {

        @Override
        public EntryKind kind() {
            return EntryKind.PURCHASE;
        }
    }

    record Feedback(LocalDate receivedOn, Integer satisfaction, String comment) implements NewEntry {

        @Override
        public EntryKind kind() {
            return EntryKind.FEEDBACK;
        }
    }

    record ServiceRequest(LocalDate openedOn, String topic) implements NewEntry {

        @Override
        public EntryKind kind() {
            return EntryKind.SERVICE_REQUEST;
        }
    }

    record Campaign(String campaign, LocalDate participatedOn, Boolean responded) implements NewEntry {

        @Override
        public EntryKind kind() {
            return EntryKind.CAMPAIGN;
        }
    }
}
