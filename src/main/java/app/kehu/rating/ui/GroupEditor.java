package app.kehu.rating.ui;

import app.kehu.rating.RuleCondition;
import app.kehu.rating.RuleGroup;
import app.kehu.rating.RuleGroup.Combinator;
import app.kehu.rating.RuleNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A group of conditions and sub-groups, all or any of which must match, nested visually by indent and a left
 * border. Removing a group that still holds conditions asks first.
 */
final class GroupEditor extends Composite<Div> implements NodeEditor {

    private final Operands operands;
    private final Runnable onChange;
    private final RadioButtonGroup<Combinator> combinator = new RadioButtonGroup<>();
    private final BigDecimalField points = new BigDecimalField();
    private final Button addCondition = new Button(VaadinIcon.PLUS.create());
    private final Button addGroup = new Button(VaadinIcon.FOLDER_ADD.create());
    private final Button remove = new Button(VaadinIcon.TRASH.create());
    private final Div body = new Div();
    private final Paragraph empty = new Paragraph();
    private final ProblemLine problems = new ProblemLine();
    private final List<NodeEditor> children = new ArrayList<>();
    private final boolean removable;
    private String path;

    /**
     * @param onRemove null for a group that cannot be removed (the root of the scoring or of an override)
     */
    GroupEditor(Operands operands, RuleGroup group, String path, Runnable onRemove, Runnable onChange) {
        this.operands = operands;
        this.onChange = onChange;
        this.path = path;
        this.removable = onRemove != null;
        getContent().addClassNames("rating-node", "rating-group");

        combinator.setItems(Combinator.values());
        combinator.setItemLabelGenerator(c -> getTranslation("rating.group." + c.name()));
        combinator.setAriaLabel(getTranslation("rating.group.combinator"));
        combinator.setValue(group.combinator());
        points.setLabel(getTranslation("rating.group.points"));
        points.setWidth("7em");
        points.addClassName("rating-points");
        points.setValue(group.points());
        addCondition.setText(getTranslation("rating.group.add-condition"));
        addCondition.addThemeVariants(ButtonVariant.SMALL);
        addCondition.addClickListener(click -> {
            if (addChild(new RuleCondition("", null, List.of(), BigDecimal.ZERO)) instanceof ConditionEditor added) {
                added.operand().focus();
            }
            changed();
        });
        addGroup.setText(getTranslation("rating.group.add-group"));
        addGroup.addThemeVariants(ButtonVariant.SMALL);
        addGroup.addClickListener(click -> {
            addChild(new RuleGroup(Combinator.ALL, List.of(), BigDecimal.ZERO));
            changed();
        });
        remove.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        remove.setAriaLabel(getTranslation("rating.group.remove"));
        remove.setTooltipText(getTranslation("rating.group.remove"));
        remove.setVisible(removable);
        remove.addClickListener(click -> confirmRemoval(onRemove));
        combinator.addValueChangeListener(change -> onChange.run());
        points.addValueChangeListener(change -> onChange.run());

        HorizontalLayout header = new HorizontalLayout(combinator, points, addCondition, addGroup, remove);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        header.addClassName("rating-group-header");
        body.addClassName("rating-group-body");
        empty.setText(getTranslation("rating.group.empty"));
        empty.addClassName("empty-state");
        body.add(empty);
        group.children().forEach(this::addChild);
        getContent().add(header, problems, body);
    }

    private NodeEditor addChild(RuleNode node) {
        int index = children.size();
        String childPath = path + "." + index;
        NodeEditor[] self = new NodeEditor[1];
        Runnable removeChild = () -> removeChild(self[0]);
        NodeEditor child = switch (node) {
            case RuleCondition condition -> new ConditionEditor(operands, condition, childPath, removeChild, onChange);
            case RuleGroup group -> new GroupEditor(operands, group, childPath, removeChild, onChange);
        };
        self[0] = child;
        children.add(child);
        body.add(child.component());
        empty.setVisible(false);
        return child;
    }

    private void removeChild(NodeEditor child) {
        children.remove(child);
        body.remove(child.component());
        renumber(path);
        empty.setVisible(children.isEmpty());
        changed();
    }

    private void confirmRemoval(Runnable onRemove) {
        if (children.isEmpty()) {
            onRemove.run();
            return;
        }
        Confirmation.ask(getTranslation("rating.group.remove.title"),
                getTranslation("rating.group.remove.text", children.size()), getTranslation("rating.group.remove"),
                true, onRemove);
    }

    private void changed() {
        onChange.run();
    }

    private void renumber(String newPath) {
        this.path = newPath;
        for (int i = 0; i < children.size(); i++) {
            children.get(i).setPath(newPath + "." + i);
        }
    }

    @Override
    public RuleGroup value() {
        return new RuleGroup(combinator.getValue(), children.stream().map(NodeEditor::value).toList(),
                points.getValue());
    }

    @Override
    public void showProblems(Problems found) {
        problems.show(found.at(path), getContent());
        children.forEach(child -> child.showProblems(found));
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        combinator.setReadOnly(readOnly);
        points.setReadOnly(readOnly);
        addCondition.setVisible(!readOnly);
        addGroup.setVisible(!readOnly);
        remove.setVisible(!readOnly && removable);
        children.forEach(child -> child.setReadOnly(readOnly));
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public void setPath(String path) {
        renumber(path);
    }

    List<NodeEditor> children() {
        return children;
    }

    RadioButtonGroup<Combinator> combinator() {
        return combinator;
    }

    BigDecimalField points() {
        return points;
    }

    Button addConditionButton() {
        return addCondition;
    }

    Button addGroupButton() {
        return addGroup;
    }

    Button removeButton() {
        return remove;
    }

    ProblemLine problemLine() {
        return problems;
    }
}
