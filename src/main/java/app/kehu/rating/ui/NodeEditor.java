package app.kehu.rating.ui;

import app.kehu.rating.RuleNode;
import com.vaadin.flow.component.Component;

/** One node of the rule tree as the editor shows it: a condition or a group. */
sealed interface NodeEditor permits ConditionEditor, GroupEditor {

    RuleNode value();

    /** Shows the problems of this node and its descendants, which are found by the node's path. */
    void showProblems(Problems problems);

    void setReadOnly(boolean readOnly);

    Component component();

    /** Renumbers the node when a sibling before it was removed. */
    void setPath(String path);
}
