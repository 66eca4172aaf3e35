package app.kehu.rating;

import java.util.List;
import java.util.Map;

/**
 * What a draft would do to the tenant's live data, next to what the current version does.
 *
 * @param current      customers per grade now, A to D, then "" for ungraded
 * @param draft        customers per grade under the draft, same keys
 * @param changes      the first customers whose grade would change, by name
 * @param changedTotal how many customers in all would change
 */
public record GradePreview(Map<String, Long> current, Map<String, Long> draft, List<GradeChange> changes,
        long changedTotal) {

    public record GradeChange(long customerId, String customerName, String from, String to) {
    }
}
