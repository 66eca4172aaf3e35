package app.kehu.rating.ui;

import app.kehu.common.FieldError;
import com.vaadin.flow.component.Component;
import java.util.List;

/**
 * What {@code check} or a refused publish found, by node path ("scoring.0.1", "bands.2.minScore"), translated.
 * A node shows the problems of its own path and of its own properties, never those of its children.
 */
record Problems(List<FieldError> errors, Component translator) {

    static Problems none(Component translator) {
        return new Problems(List.of(), translator);
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    /** The messages about the node at {@code path} itself: "scoring.0" and "scoring.0.values", not "scoring.0.1". */
    List<String> at(String path) {
        return errors.stream().filter(error -> belongsTo(error.field(), path)).map(this::message).toList();
    }

    List<String> all() {
        return errors.stream().map(this::message).toList();
    }

    private String message(FieldError error) {
        return translator.getTranslation(error.messageKey(), error.args().toArray());
    }

    private static boolean belongsTo(String field, String path) {
        if (field.equals(path)) {
            return true;
        }
        if (!field.startsWith(path + ".")) {
            return false;
        }
        String next = field.substring(path.length() + 1).split("\\.")[0];
        return !next.chars().allMatch(Character::isDigit) && !"when".equals(next);
    }
}
