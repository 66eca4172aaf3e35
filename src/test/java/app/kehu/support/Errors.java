package app.kehu.support;

import app.kehu.common.ValidationException;
import java.util.List;

/** What a service refused, as "field=messageKey" lines; empty if it accepted. */
public final class Errors {

    private Errors() {
    }

    public static List<String> of(Runnable action) {
        try {
            action.run();
            return List.of();
        } catch (ValidationException e) {
            return e.errors().stream().map(error -> error.field() + "=" + error.messageKey()).toList();
        }
    }

    /** The one error a service refused with, with its arguments, as "field=messageKey [arg, arg]". */
    public static String detailOf(Runnable action) {
        try {
            action.run();
        } catch (ValidationException e) {
            if (e.errors().size() != 1) {
                throw new AssertionError("Expected one error, got " + e.errors());
            }
            var error = e.errors().getFirst();
            return error.field() + "=" + error.messageKey() + " " + error.args();
        }
        throw new AssertionError("Expected a refusal, but the action succeeded");
    }
}
