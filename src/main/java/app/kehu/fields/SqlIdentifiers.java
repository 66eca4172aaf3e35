package app.kehu.fields;

import java.util.regex.Pattern;

/**
 * Quotes generated SQL identifiers (columns, indexes). Only names Kehu generates pass: lower case letters,
 * digits and underscores. A name that does not is a bug, never something to escape.
 */
public final class SqlIdentifiers {

    private static final Pattern SAFE = Pattern.compile("^[a-z_][a-z0-9_]{0,62}$");

    private SqlIdentifiers() {
    }

    public static String quote(String identifier) {
        if (identifier == null || !SAFE.matcher(identifier).matches()) {
            throw new IllegalArgumentException("Unsafe SQL identifier: " + identifier);
        }
        return '"' + identifier + '"';
    }
}
