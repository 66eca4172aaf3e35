package app.kehu.activity;

import app.kehu.common.ValidationException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Checks behaviour input before anything is written, collecting every problem of a form at once. Behaviour is
 * logged after it happened, so no date may lie in the future; texts are trimmed and blanks count as missing.
 */
@Component
class EntryValidator {

    static final int MAX_WINDOW_DAYS = 3650;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999999.99");

    private final Clock clock;

    EntryValidator(Clock clock) {
        this.clock = clock;
    }

    /** The entry with its texts trimmed; throws every problem found. */
    NewEntry checked(NewEntry entry) {
        Check check = new Check();
        NewEntry trimmed = switch (entry) {
            case NewEntry.Interaction i -> {
                check.required("occurredAt", i.occurredAt());
                if (i.occurredAt() != null && i.occurredAt().isAfter(Instant.now(clock))) {
                    check.errors.add("occurredAt", "activity.error.future");
                }
                check.required("channel", i.channel());
                yield new NewEntry.Interaction(i.occurredAt(), i.channel(), check.text("summary", i.summary(), 2000, true));
            }
            case NewEntry.Purchase p -> {
                check.pastDay("purchasedOn", p.purchasedOn());
                check.amount(p.amount());
                yield new NewEntry.Purchase(p.purchasedOn(), p.amount(), check.text("product", p.product(), 200, true),
                        check.text("channel", p.channel(), 100, false));
            }
            case NewEntry.Feedback f -> {
                check.pastDay("receivedOn", f.receivedOn());
                if (check.required("satisfaction", f.satisfaction())
                        && (f.satisfaction() < 1 || f.satisfaction() > 5)) {
                    check.errors.add("satisfaction", "activity.error.satisfaction");
                }
                yield new NewEntry.Feedback(f.receivedOn(), f.satisfaction(),
                        check.text("comment", f.comment(), 2000, false));
            }
            case NewEntry.ServiceRequest s -> {
                check.pastDay("openedOn", s.openedOn());
                yield new NewEntry.ServiceRequest(s.openedOn(), check.text("topic", s.topic(), 500, true));
            }
            case NewEntry.Campaign c -> {
                check.pastDay("participatedOn", c.participatedOn());
                check.required("responded", c.responded());
                yield new NewEntry.Campaign(check.text("campaign", c.campaign(), 200, true), c.participatedOn(),
                        c.responded());
            }
        };
        check.errors.throwIfAny();
        return trimmed;
    }

    void checkClosing(TimelineEntry.ServiceRequest request, LocalDate closedOn) {
        Check check = new Check();
        if (!request.open()) {
            check.errors.add("closedOn", "activity.error.already-closed");
        } else if (check.pastDay("closedOn", closedOn) && closedOn.isBefore(request.day())) {
            check.errors.add("closedOn", "activity.error.closed-before-opened");
        }
        check.errors.throwIfAny();
    }

    /** Windows from 1 day to 10 years, new ≤ active ≤ churn; the review period likewise. */
    void checkSettings(ActivitySettings settings) {
        Check check = new Check();
        // Not &&: every field is checked, so the admin sees all problems at once.
        boolean inRange = check.days("newDays", settings.newDays()) & check.days("activeDays", settings.activeDays())
                & check.days("churnDays", settings.churnDays());
        check.days("reviewDays", settings.reviewDays());
        if (inRange && settings.newDays() > settings.activeDays()) {
            check.errors.add("activeDays", "activity.error.active-before-new");
        }
        if (inRange && settings.activeDays() > settings.churnDays()) {
            check.errors.add("churnDays", "activity.error.churn-before-active");
        }
        check.errors.throwIfAny();
    }

    /** The checks of one input, with the errors they found. */
    private final class Check {

        final ValidationException.Collector errors = new ValidationException.Collector();

        boolean required(String field, Object value) {
            if (value == null) {
                errors.add(field, "validation.required");
                return false;
            }
            return true;
        }

        /** A day that has come: today or before. */
        boolean pastDay(String field, LocalDate day) {
            if (!required(field, day)) {
                return false;
            }
            if (day.isAfter(LocalDate.now(clock))) {
                errors.add(field, "activity.error.future");
                return false;
            }
            return true;
        }

        void amount(BigDecimal amount) {
            if (!required("amount", amount)) {
                return;
            }
            if (amount.signum() <= 0) {
                errors.add("amount", "activity.error.amount-positive");
            } else if (amount.stripTrailingZeros().scale() > 2) {
                errors.add("amount", "validation.scale", 2);
            } else if (amount.compareTo(MAX_AMOUNT) > 0) {
                errors.add("amount", "validation.max", MAX_AMOUNT.toPlainString());
            }
        }

        String text(String field, String value, int maxLength, boolean mandatory) {
            String trimmed = value == null || value.isBlank() ? null : value.strip();
            if (trimmed == null && mandatory) {
                errors.add(field, "validation.required");
            } else if (trimmed != null && trimmed.length() > maxLength) {
                errors.add(field, "validation.too-long", maxLength);
            }
            return trimmed;
        }

        boolean days(String field, int days) {
            if (days < 1) {
                errors.add(field, "validation.min", 1);
                return false;
            }
            if (days > MAX_WINDOW_DAYS) {
                errors.add(field, "validation.max", MAX_WINDOW_DAYS);
                return false;
            }
            return true;
        }
    }
}
