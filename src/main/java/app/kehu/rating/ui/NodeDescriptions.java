package app.kehu.rating.ui;

import app.kehu.rating.Operator;
import app.kehu.rating.RuleCondition;
import app.kehu.rating.RuleGroup;
import app.kehu.rating.RuleNode;
import com.vaadin.flow.component.Component;
import java.util.function.Function;

/** A rule node in one readable line, e.g. "Annual contribution at least (≥) 100000" or "All of". */
record NodeDescriptions(Component translator, Function<String, String> operandLabel) {

    String describe(RuleNode node) {
        return switch (node) {
            case RuleGroup group -> translator.getTranslation("rating.group." + group.combinator().name());
            case RuleCondition condition -> condition(condition);
        };
    }

    private String condition(RuleCondition condition) {
        String operator = condition.operator() == null ? ""
                : translator.getTranslation("rating.operator." + condition.operator().name());
        String values = condition.operator() == Operator.BETWEEN && condition.values().size() == 2
                ? translator.getTranslation("rating.explain.between", condition.values().get(0),
                        condition.values().get(1))
                : String.join(", ", condition.values());
        return (operandLabel.apply(condition.operand()) + " " + operator + " " + values).trim();
    }
}
