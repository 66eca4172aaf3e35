package app.kehu.rating;

import static app.kehu.rating.Operator.*;

import app.kehu.fields.FieldType;
import app.kehu.fields.LocalizedText;
import app.kehu.fields.SelectOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a condition can test: a field of the customer table, or a value derived from one. The editor offers the
 * operators of the operand's type.
 *
 * @param archived an archived field still named by a rule: the editor flags it, publishing refuses it
 */
public record Operand(String key, LocalizedText label, FieldType type, List<SelectOption> options,
        boolean archived) {

    /** Whole days from the last contact until today, derived from {@code lastContactAt}. */
    public static final String DAYS_SINCE_LAST_CONTACT = "daysSinceLastContact";

    public Operand {
        options = List.copyOf(options);
    }

    public List<Operator> operators() {
        List<Operator> typed = switch (type) {
            case INTEGER, DECIMAL, MONEY, PERCENT ->
                    List.of(EQUALS, NOT_EQUALS, GREATER_THAN, AT_LEAST, LESS_THAN, AT_MOST, BETWEEN);
            case DATE, DATETIME -> List.of(BEFORE, AFTER, WITHIN_LAST_DAYS, MORE_THAN_DAYS_AGO);
            case BOOLEAN -> List.of(IS_TRUE, IS_FALSE);
            case SINGLE_SELECT, USER -> List.of(ANY_OF, NONE_OF);
            case MULTI_SELECT, TAGS -> List.of(ANY_OF, NONE_OF);
            case TEXT, LONG_TEXT, EMAIL, PHONE, URL -> List.of(EQUALS, NOT_EQUALS, CONTAINS, STARTS_WITH);
        };
        return Stream.concat(typed.stream(), Stream.of(IS_EMPTY, IS_NOT_EMPTY))
                .toList();
    }
}
