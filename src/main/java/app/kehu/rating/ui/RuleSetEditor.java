package app.kehu.rating.ui;

import app.kehu.rating.GradeBand;
import app.kehu.rating.RuleSet;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * A whole rule set drawn as forms: the scoring tree, the score bands and the overrides. The view edits the draft
 * with it; the versions list shows a published version with it, read-only.
 */
final class RuleSetEditor extends Composite<VerticalLayout> {

    private final GroupEditor scoring;
    private final BandsEditor bands;
    private final OverridesEditor overrides;

    RuleSetEditor(Operands operands, RuleSet rules, Runnable onChange) {
        scoring = new GroupEditor(operands, rules.scoring(), "scoring", null, onChange);
        bands = new BandsEditor(rules.bands(), onChange);
        overrides = new OverridesEditor(operands, rules.bands().stream().map(GradeBand::grade).toList(),
                rules.overrides(), onChange);
        getContent().setPadding(false);
        getContent().addClassName("rating-rule-set");
        getContent().add(heading("rating.scoring"), hint("rating.scoring.hint"), scoring,
                heading("rating.bands"), hint("rating.bands.hint"), bands,
                heading("rating.overrides"), hint("rating.overrides.hint"), overrides);
    }

    private H3 heading(String key) {
        return new H3(getTranslation(key));
    }

    private Paragraph hint(String key) {
        Paragraph hint = new Paragraph(getTranslation(key));
        hint.addClassName("rating-hint");
        return hint;
    }

    RuleSet value() {
        return new RuleSet(scoring.value(), bands.value(), overrides.value());
    }

    void showProblems(Problems problems) {
        scoring.showProblems(problems);
        bands.showProblems(problems);
        overrides.showProblems(problems);
    }

    void setReadOnly(boolean readOnly) {
        scoring.setReadOnly(readOnly);
        bands.setReadOnly(readOnly);
        overrides.setReadOnly(readOnly);
    }

    GroupEditor scoring() {
        return scoring;
    }

    BandsEditor bands() {
        return bands;
    }

    OverridesEditor overrides() {
        return overrides;
    }
}
