package app.kehu.fields.ui;

import app.kehu.fields.FieldDefinition;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** A field's type and flags as small badges: required, unique, filterable, built-in, archived. */
class FieldBadges extends HorizontalLayout {

    FieldBadges(FieldDefinition field) {
        setSpacing(false);
        getStyle().set("gap", "var(--lumo-space-xs)").set("flex-wrap", "wrap");
        badge(getTranslation("field-type." + field.type().name()), "type");
        if (field.required()) {
            badge(getTranslation("fields.badge.required"), "required");
        }
        if (field.unique()) {
            badge(getTranslation("fields.badge.unique"), "unique");
        }
        if (field.filterable()) {
            badge(getTranslation("fields.badge.filterable"), "filterable");
        }
        if (field.builtIn()) {
            badge(getTranslation("fields.badge.built-in"), "built-in");
        }
        if (field.archived()) {
            badge(getTranslation("fields.badge.archived"), "archived");
        }
    }

    private void badge(String text, String kind) {
        Span badge = new Span(text);
        badge.addClassNames("field-badge", "field-badge-" + kind);
        add(badge);
    }
}
