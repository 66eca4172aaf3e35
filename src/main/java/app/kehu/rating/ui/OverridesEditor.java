package app.kehu.rating.ui;

import app.kehu.rating.GradeOverride;
import app.kehu.rating.RuleGroup;
import app.kehu.rating.RuleGroup.Combinator;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Grades that win over the score, checked in order: when this group matches, the grade is that one. */
final class OverridesEditor extends Composite<VerticalLayout> {

    private final Operands operands;
    private final List<String> grades;
    private final Runnable onChange;
    private final List<OverrideRow> rows = new ArrayList<>();
    private final Div list = new Div();
    private final Paragraph empty = new Paragraph();
    private final Button add = new Button(VaadinIcon.PLUS.create());

    OverridesEditor(Operands operands, List<String> grades, List<GradeOverride> overrides, Runnable onChange) {
        this.operands = operands;
        this.grades = grades;
        this.onChange = onChange;
        getContent().setPadding(false);
        getContent().addClassName("rating-overrides");
        empty.setText(getTranslation("rating.overrides.empty"));
        empty.addClassName("empty-state");
        add.setText(getTranslation("rating.overrides.add"));
        add.addClickListener(click -> {
            addRow(new GradeOverride(new RuleGroup(Combinator.ALL, List.of(), BigDecimal.ZERO), grades.getLast()));
            onChange.run();
        });
        list.add(empty);
        overrides.forEach(this::addRow);
        getContent().add(list, add);
    }

    private void addRow(GradeOverride override) {
        OverrideRow row = new OverrideRow(override, rows.size());
        rows.add(row);
        list.add(row);
        empty.setVisible(false);
    }

    private void removeRow(OverrideRow row) {
        rows.remove(row);
        list.remove(row);
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).renumber(i);
        }
        empty.setVisible(rows.isEmpty());
        onChange.run();
    }

    List<GradeOverride> value() {
        return rows.stream().map(OverrideRow::value).toList();
    }

    void showProblems(Problems problems) {
        rows.forEach(row -> row.showProblems(problems));
    }

    void setReadOnly(boolean readOnly) {
        add.setVisible(!readOnly);
        rows.forEach(row -> row.setReadOnly(readOnly));
    }

    List<OverrideRow> rows() {
        return rows;
    }

    Button addButton() {
        return add;
    }

    /** One override: its group of conditions, then the grade it gives. */
    final class OverrideRow extends Composite<Div> {

        private final GroupEditor when;
        private final Select<String> grade = new Select<>();
        private final Button remove = new Button(VaadinIcon.TRASH.create());
        private final ProblemLine problems = new ProblemLine();
        private String path;

        OverrideRow(GradeOverride override, int index) {
            path = "overrides." + index;
            when = new GroupEditor(operands, override.when(), path + ".when", null, onChange);
            // An override decides the grade outright, so points inside it would count for nothing.
            when.getElement().getClassList().add("rating-no-points");
            grade.setLabel(getTranslation("rating.overrides.grade"));
            grade.setItems(grades);
            grade.setValue(override.grade());
            grade.setWidth("6em");
            grade.addValueChangeListener(change -> onChange.run());
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            remove.setText(getTranslation("rating.overrides.remove"));
            remove.addClickListener(click -> removeRow(this));
            Span then = new Span(getTranslation("rating.overrides.then"));
            then.addClassName("rating-override-then");
            HorizontalLayout outcome = new HorizontalLayout(then, grade, remove);
            outcome.setAlignItems(FlexComponent.Alignment.BASELINE);
            getContent().addClassName("rating-override");
            getContent().add(when, outcome, problems);
        }

        void renumber(int index) {
            path = "overrides." + index;
            when.setPath(path + ".when");
        }

        GradeOverride value() {
            return new GradeOverride(when.value(), grade.getValue());
        }

        void showProblems(Problems found) {
            problems.show(found.at(path), getContent());
            when.showProblems(found);
        }

        void setReadOnly(boolean readOnly) {
            when.setReadOnly(readOnly);
            grade.setReadOnly(readOnly);
            remove.setVisible(!readOnly);
        }

        GroupEditor when() {
            return when;
        }

        Select<String> grade() {
            return grade;
        }
    }
}
