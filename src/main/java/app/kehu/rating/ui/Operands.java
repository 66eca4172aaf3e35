package app.kehu.rating.ui;

import app.kehu.rating.Operand;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What conditions can test, looked up by key, with the labels the editor shows. */
record Operands(List<Operand> list, Map<String, Operand> byKey) {

    static Operands of(List<Operand> operands) {
        return new Operands(List.copyOf(operands),
                operands.stream().collect(Collectors.toMap(Operand::key, Function.identity(), (a, b) -> a)));
    }

    Optional<Operand> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** Selectable operands: archived ones only stay listed so that a condition naming one can show it. */
    List<Operand> offered() {
        return list.stream().filter(operand -> !operand.archived()).toList();
    }

    static String label(Operand operand, Locale locale, String archivedSuffix) {
        String label = operand.label().in(locale);
        return operand.archived() ? label + " " + archivedSuffix : label;
    }
}
