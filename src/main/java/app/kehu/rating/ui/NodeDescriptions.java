package app.kehu.rating.ui;

import app.kehu.rating.Operand;
import app.kehu.rating.Operator;
import app.kehu.rating.RuleCondition;
import app.kehu.rating.RuleGroup;
import app.kehu.rating.RuleNode;
import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A rule node in one readable line, e.g. "Annual contribution at least (≥) 100000" or "All of". */
record NodeDescriptions(Component translator, Operands operands, Locale locale) {

    String describe(RuleNode node) {
        return switch (node) {
            case RuleGroup group -> translator.getTranslation("rating.group." + group.combinator().name());
            case RuleCondition condition -> condition(condition);
        };
    }

    private String condition(RuleCondition condition) {
        Optional<Operand> operand = operands.find(condition.operand());
        String label = operand.map(o -> o.label().in(locale)).orElse(condition.operand());
        String operator = condition.operator() == null ? ""
                : translator.getTranslation("rating.operator." + condition.operator().name());
        List<String> values = condition.values().stream()
                .map(value -> operand.map(o -> optionLabel(o, value)).orElse(value)).toList();
        String shown = condition.operator() == Operator.BETWEEN && values.size() == 2
                ? translator.getTranslation("rating.explain.between", values.get(0), values.get(1))
                : String.join(", ", values);
        return (label + " " + operator + " " + shown).trim();
    }

    /** A select's value reads as its option's label; other values as they are. */
    private String optionLabel(Operand operand, String value) {
        return operand.options().stream().filter(option -> option.value().equals(value)).findFirst()
                .map(option -> option.label(locale)).orElse(value);
    }
}
