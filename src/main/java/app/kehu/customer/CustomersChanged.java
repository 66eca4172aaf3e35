package app.kehu.customer;

import java.util.Collection;
import java.util.Set;

/**
 * Published inside the transaction that created or changed these customers' fields, so features that derive
 * values from them (grades) recompute before it commits.
 */
public record CustomersChanged(Set<Long> ids) {

    public CustomersChanged(Collection<Long> ids) {
        this(Set.copyOf(ids));
    }
}
