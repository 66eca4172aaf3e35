package app.kehu.fields;

/**
 * How a field's values are stored, edited, filtered and checked. Each type has one PostgreSQL column type
 * (custom fields get exactly that type) and one Java value type that services exchange:
 * text types {@code String}, {@link #INTEGER} and {@link #USER} {@code Long}, the decimal types
 * {@code BigDecimal}, {@link #DATE} {@code LocalDate}, {@link #DATETIME} {@code Instant}, {@link #BOOLEAN}
 * {@code Boolean}, {@link #MULTI_SELECT} and {@link #TAGS} {@code List<String>}.
 */
public enum FieldType {
    TEXT("text", Kind.TEXT),
    LONG_TEXT("text", Kind.TEXT),
    INTEGER("bigint", Kind.NUMBER),
    DECIMAL("numeric(20,6)", Kind.NUMBER),
    MONEY("numeric(18,2)", Kind.NUMBER),
    PERCENT("numeric(9,4)", Kind.NUMBER),
    DATE("date", Kind.DATE),
    DATETIME("timestamptz", Kind.DATETIME),
    BOOLEAN("boolean", Kind.BOOLEAN),
    SINGLE_SELECT("text", Kind.TEXT),
    MULTI_SELECT("text[]", Kind.LIST),
    EMAIL("text", Kind.TEXT),
    PHONE("text", Kind.TEXT),
    URL("text", Kind.TEXT),
    USER("bigint", Kind.USER),
    /** The built-in free tags; not offered for custom fields, which use {@link #MULTI_SELECT}. */
    TAGS("text[]", Kind.LIST);

    /** What a type's values are, for filters and conversions. */
    public enum Kind {
        TEXT, NUMBER, DATE, DATETIME, BOOLEAN, LIST, USER
    }

    private final String sqlType;
    private final Kind kind;

    FieldType(String sqlType, Kind kind) {
        this.sqlType = sqlType;
        this.kind = kind;
    }

    /** The column type of a custom field of this type. */
    public String sqlType() {
        return sqlType;
    }

    public Kind kind() {
        return kind;
    }

    /** Types whose filter is "contains this text". */
    public boolean isTextual() {
        return kind == Kind.TEXT;
    }

    public boolean isNumeric() {
        return kind == Kind.NUMBER;
    }

    public boolean hasOptions() {
        return this == SINGLE_SELECT || this == MULTI_SELECT;
    }

    public boolean isMultiValued() {
        return kind == Kind.LIST;
    }

    /** Whether admins may create fields of this type. */
    public boolean isOfferedForCustomFields() {
        return this != TAGS;
    }

    /** Digits after the decimal point a column of this type keeps; 0 for integers, -1 for non-numbers. */
    public int scale() {
        return switch (this) {
            case INTEGER -> 0;
            case DECIMAL -> 6;
            case MONEY -> 2;
            case PERCENT -> 4;
            default -> -1;
        };
    }

    /** Digits before the decimal point a column of this type holds; -1 for non-numbers. */
    public int integerDigits() {
        return switch (this) {
            case INTEGER -> 18;
            case DECIMAL -> 14;
            case MONEY -> 16;
            case PERCENT -> 5;
            default -> -1;
        };
    }

    /**
     * Whether values can be held unique by an index. Long text would exceed a b-tree entry, and a yes/no or a
     * set of options is never meant to be unique.
     */
    public boolean canBeUnique() {
        return this != LONG_TEXT && this != BOOLEAN && kind != Kind.LIST;
    }

    /** Whether an index helps filtering; long text is searched by "contains", which a b-tree cannot serve. */
    public boolean canBeIndexed() {
        return this != LONG_TEXT;
    }

    /** The longest text a field of this type accepts when the admin sets no limit, 0 if not text. */
    public int defaultMaxLength() {
        return switch (this) {
            case TEXT -> 200;
            case SINGLE_SELECT, PHONE -> 40;
            case LONG_TEXT -> 10_000;
            case EMAIL -> 254;
            case URL -> 500;
            default -> 0;
        };
    }

    /**
     * The upper bound of a text length limit an admin may set: 500 characters (at most 2,000 bytes in UTF-8)
     * keep an indexed value inside a b-tree entry (2,704 bytes); 0 if not text.
     */
    public int maxLengthLimit() {
        return this == LONG_TEXT ? 100_000 : kind == Kind.TEXT ? 500 : 0;
    }
}
