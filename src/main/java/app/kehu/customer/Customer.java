package app.kehu.customer;

import java.util.Collections;
import java.util.Map;

/** A customer row: its id, the version that guards concurrent edits, and its values by field key. */
public record Customer(long id, long version, Map<String, Object> values) {

    public Customer {
        values = Collections.unmodifiableMap(values);
    }

    public Object get(String key) {
        return values.get(key);
    }
}
