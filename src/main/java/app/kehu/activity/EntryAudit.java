package app.kehu.activity;

import app.kehu.audit.FieldChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** How behaviour records appear in the audit log: their values as field changes, and a one-line description. */
final class EntryAudit {

    private EntryAudit() {
    }

    /** The logged values, by the field names the audit log translates ({@code field.<name>}). */
    static List<FieldChange> changes(NewEntry entry) {
        List<FieldChange> changes = new ArrayList<>();
        values(entry).forEach((field, value) -> {
            if (value != null) {
                changes.add(new FieldChange(field, null, value.toString()));
            }
        });
        return changes;
    }

    static List<FieldChange> changes(ActivitySettings before, ActivitySettings after) {
        Map<String, Integer> old = settingsValues(before);
        List<FieldChange> changes = new ArrayList<>();
        settingsValues(after).forEach((field, value) -> {
            if (!Objects.equals(old.get(field), value)) {
                changes.add(new FieldChange(field, String.valueOf(old.get(field)), String.valueOf(value)));
            }
        });
        return changes;
    }

    /** What was logged, in a few words that read the same in any language: the audit summary after the name. */
    static String describe(NewEntry entry) {
        return switch (entry) {
            case NewEntry.Interaction i -> i.channel() + " " + i.summary();
            case NewEntry.Purchase p -> p.product() + " " + p.amount().toPlainString();
            case NewEntry.Feedback f -> f.satisfaction() + "/5" + (f.comment() == null ? "" : " " + f.comment());
            case NewEntry.ServiceRequest s -> s.topic();
            case NewEntry.Campaign c -> c.campaign();
        };
    }

    private static Map<String, Object> values(NewEntry entry) {
        Map<String, Object> values = new LinkedHashMap<>();
        switch (entry) {
            case NewEntry.Interaction i -> {
                values.put("occurredAt", i.occurredAt());
                values.put("channel", i.channel());
                values.put("summary", i.summary());
            }
            case NewEntry.Purchase p -> {
                values.put("purchasedOn", p.purchasedOn());
                values.put("amount", p.amount().toPlainString());
                values.put("product", p.product());
                values.put("channel", p.channel());
            }
            case NewEntry.Feedback f -> {
                values.put("receivedOn", f.receivedOn());
                values.put("satisfaction", f.satisfaction());
                values.put("comment", f.comment());
            }
            case NewEntry.ServiceRequest s -> {
                values.put("openedOn", s.openedOn());
                values.put("topic", s.topic());
            }
            case NewEntry.Campaign c -> {
                values.put("campaign", c.campaign());
                values.put("participatedOn", c.participatedOn());
                values.put("responded", c.responded());
            }
        }
        return values;
    }

    private static Map<String, Integer> settingsValues(ActivitySettings settings) {
        Map<String, Integer> values = new LinkedHashMap<>();
        values.put("newDays", settings.newDays());
        values.put("activeDays", settings.activeDays());
        values.put("churnDays", settings.churnDays());
        values.put("reviewDays", settings.reviewDays());
        return values;
    }
}
