package app.kehu.rating.ui;

import com.vaadin.flow.component.html.Span;
import java.util.List;

/** The problems of one node shown right under it, and a red edge on the node while it has any. */
final class ProblemLine extends Span {

    ProblemLine() {
        addClassName("rating-problem");
        setVisible(false);
    }

    void show(List<String> messages, com.vaadin.flow.component.Component node) {
        setText(String.join(" ", messages));
        setVisible(!messages.isEmpty());
        node.getElement().getClassList().set("rating-node-invalid", !messages.isEmpty());
    }
}
