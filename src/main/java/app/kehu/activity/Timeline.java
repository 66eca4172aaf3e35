package app.kehu.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Turns the rows of all behaviour tables into one timeline. Newest first means by day, and within a day by the
 * time of an interaction or, for the kinds that have only a date, the time it was logged.
 */
final class Timeline {

    private Timeline() {
    }

    static List<TimelineEntry> newestFirst(List<BehaviourStore.Row> rows, Map<Long, String> userNames, ZoneId zone) {
        Comparator<BehaviourStore.Row> order = Comparator.<BehaviourStore.Row, LocalDate>comparing(r -> day(r, zone))
                .thenComparing(Timeline::moment).thenComparingLong(BehaviourStore.Row::id).reversed();
        return rows.stream().sorted(order).map(row -> entry(row, userNames.get(row.userId()), zone)).toList();
    }

    private static LocalDate day(BehaviourStore.Row row, ZoneId zone) {
        return row.day() != null ? row.day() : row.at().atZone(zone).toLocalDate();
    }

    private static Instant moment(BehaviourStore.Row row) {
        return row.at() != null ? row.at() : row.createdAt();
    }

    private static TimelineEntry entry(BehaviourStore.Row row, String by, ZoneId zone) {
        return switch (row.kind()) {
            case INTERACTION -> new TimelineEntry.Interaction(row.id(), row.at(), day(row, zone),
                    Channel.valueOf(row.channel()), row.text(), by);
            case PURCHASE -> new TimelineEntry.Purchase(row.id(), row.day(), row.amount(), row.text(), row.channel(), by);
            case FEEDBACK -> new TimelineEntry.Feedback(row.id(), row.day(), row.score(), row.text(), by);
            case SERVICE_REQUEST -> new TimelineEntry.ServiceRequest(row.id(), row.day(), row.closedOn(), row.text(), by);
            case CAMPAIGN -> new TimelineEntry.Campaign(row.id(), row.day(), row.text(), row.responded(), by);
        };
    }
}
