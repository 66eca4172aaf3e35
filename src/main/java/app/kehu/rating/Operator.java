package app.kehu.rating;

/**
 * What a condition tests. Which operators an operand offers depends on its kind (see {@link Operand}). A
 * condition on an empty value is false, except {@link #IS_EMPTY}; both evaluators hold to that.
 */
public enum Operator {
    /** Text (case-insensitive), number, date, single select. */
    EQUALS(1),
    NOT_EQUALS(1),
    /** Numbers. */
    GREATER_THAN(1),
    AT_LEAST(1),
    LESS_THAN(1),
    AT_MOST(1),
    /** Numbers: from the first value (inclusive) to below the second, as in "50,000–100,000 → B". */
    BETWEEN(2),
    /** Text, case-insensitive. */
    CONTAINS(1),
    STARTS_WITH(1),
    /** Single select: the value is one of these; multi-select and tags: has at least one of these. */
    ANY_OF(-1),
    NONE_OF(-1),
    /** Dates and date-times, by calendar day in the server's zone. */
    BEFORE(1),
    AFTER(1),
    /** Dates and date-times: within the last N days (today counts), or more than N days ago. */
    WITHIN_LAST_DAYS(1),
    MORE_THAN_DAYS_AGO(1),
    IS_TRUE(0),
    IS_FALSE(0),
    IS_EMPTY(0),
    IS_NOT_EMPTY(0);

    private final int arity;

    Operator(int arity) {
        this.arity = arity;
    }

    /** How many values the operator takes; -1 for one or more. */
    public int arity() {
        return arity;
    }
}
