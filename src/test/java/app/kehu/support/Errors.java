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
}
