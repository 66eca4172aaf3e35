package app.kehu.fields.ui;

import app.kehu.common.ConcurrentEditException;
import app.kehu.common.NotFoundException;
import app.kehu.common.ValidationException;
import app.kehu.fields.FieldDefinition;
import app.kehu.fields.FieldService;
import app.kehu.fields.Section;
import app.kehu.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;

/**
 * Admins design the customer table: each section with its fields in order, flags as badges; fields are added,
 * edited, retyped, moved, archived and restored, sections added and renamed, and templates applied.
 */
@Route("fields")
@Menu(order = 6, icon = "vaadin:list-select", title = "nav.fields")
@RolesAllowed("ADMIN")
public class FieldDesignerView extends VerticalLayout implements HasDynamicTitle {

    private final FieldService fields;
    private final Div sections = new Div();

    public FieldDesignerView(FieldService fields) {
        this.fields = fields;
        addClassName("view");
        setSizeFull();
        Button addField = toolbarButton("fields.add", VaadinIcon.PLUS, "add-field",
                () -> FieldDialog.adding(fields, this::refresh).open());
        addField.addThemeVariants(ButtonVariant.PRIMARY);
        Button addSection = toolbarButton("sections.add", VaadinIcon.FOLDER_ADD, "add-section",
                () -> new SectionDialog(fields, null, this::refresh).open());
        Button templates = toolbarButton("fields.templates", VaadinIcon.COPY_O, "open-templates",
                () -> new TemplatesDialog(fields, this::refresh).open());
        HorizontalLayout toolbar = new HorizontalLayout(new H2(getTranslation("nav.fields")), addField, addSection,
                templates);
        toolbar.setAlignItems(Alignment.BASELINE);
        sections.setWidthFull();
        add(toolbar, sections);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.fields") + " · Kehu";
    }

    /** Shows the sections and fields as they are now. */
    void refresh() {
        sections.removeAll();
        List<FieldDefinition> all = fields.fields(true);
        for (Section section : fields.sections()) {
            sections.add(sectionBlock(section, all.stream().filter(f -> f.section().equals(section.key())).toList()));
        }
    }

    private Div sectionBlock(Section section, List<FieldDefinition> sectionFields) {
        Button rename = new Button(VaadinIcon.EDIT.create(),
                click -> new SectionDialog(fields, section, this::refresh).open());
        rename.addThemeVariants(ButtonVariant.TERTIARY);
        rename.setAriaLabel(getTranslation("sections.rename"));
        rename.setTooltipText(getTranslation("sections.rename"));
        rename.setId("rename-section-" + section.key());
        HorizontalLayout title = new HorizontalLayout(new H3(section.label(getLocale())), rename);
        title.setAlignItems(Alignment.BASELINE);
        Div block = new Div(title);
        block.addClassName("designer-section");
        if (sectionFields.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("fields.section-empty"));
            empty.addClassName("empty-state");
            block.add(empty);
        } else {
            block.add(grid(section, sectionFields));
        }
        return block;
    }

    private Grid<FieldDefinition> grid(Section section, List<FieldDefinition> sectionFields) {
        Grid<FieldDefinition> grid = new Grid<>();
        grid.setId("fields-" + section.key());
        grid.addColumn(f -> f.label(getLocale())).setHeader(getTranslation("fields.label")).setKey("label")
                .setFlexGrow(2);
        grid.addColumn(FieldDefinition::key).setHeader(getTranslation("fields.key")).setKey("key");
        grid.addComponentColumn(f -> new FieldBadges(f)).setHeader(getTranslation("fields.properties"))
                .setKey("badges").setFlexGrow(3);
        grid.addComponentColumn(f -> actions(section, sectionFields, f)).setHeader(getTranslation("common.actions"))
                .setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setItems(sectionFields);
        return grid;
    }

    private HorizontalLayout actions(Section section, List<FieldDefinition> sectionFields, FieldDefinition field) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        if (!field.archived()) {
            actions.add(action(VaadinIcon.ARROW_UP, "fields.move-up", field, "up",
                    () -> move(section, sectionFields, field, -1)));
            actions.add(action(VaadinIcon.ARROW_DOWN, "fields.move-down", field, "down",
                    () -> move(section, sectionFields, field, 1)));
            actions.add(action(VaadinIcon.EDIT, "fields.edit-action", field, "edit",
                    () -> FieldDialog.editing(fields, field, this::refresh).open()));
        }
        if (!field.builtIn() && !field.archived()) {
            actions.add(action(VaadinIcon.EXCHANGE, "fields.change-type", field, "type",
                    () -> new ChangeTypeDialog(fields, field, this::refresh).open()));
        }
        if (!field.builtIn()) {
            actions.add(field.archived()
                    ? action(VaadinIcon.ARROW_BACKWARD, "fields.restore", field, "restore", () -> confirmArchive(field))
                    : action(VaadinIcon.ARCHIVE, "fields.archive", field, "archive", () -> confirmArchive(field)));
        }
        return actions;
    }

    private Button action(VaadinIcon icon, String labelKey, FieldDefinition field, String id, Runnable run) {
        Button button = new Button(icon.create(), click -> run.run());
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.setAriaLabel(getTranslation(labelKey) + " " + field.label(getLocale()));
        button.setTooltipText(getTranslation(labelKey));
        button.setId(id + "-" + field.key());
        return button;
    }

    private void move(Section section, List<FieldDefinition> sectionFields, FieldDefinition field, int by) {
        List<String> keys = new ArrayList<>(sectionFields.stream().filter(f -> !f.archived())
                .map(FieldDefinition::key).toList());
        int from = keys.indexOf(field.key());
        int to = from + by;
        if (to < 0 || to >= keys.size()) {
            return;
        }
        keys.add(to, keys.remove(from));
        attempt(() -> fields.reorder(section.key(), keys));
    }

    private void confirmArchive(FieldDefinition field) {
        String verb = field.archived() ? "fields.restore" : "fields.archive";
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation(verb));
        confirm.setText(getTranslation(verb + ".confirm", field.label(getLocale())));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmText(getTranslation(verb));
        confirm.addConfirmListener(event -> attempt(() -> {
            if (field.archived()) {
                fields.restore(field.key(), field.version());
            } else {
                fields.archive(field.key(), field.version());
            }
        }));
        confirm.open();
    }

    /** Runs a change made right in the list; a refusal or someone else's change is reported, then reloaded. */
    private void attempt(Runnable change) {
        try {
            change.run();
        } catch (ValidationException e) {
            e.errors().forEach(error -> Notifications.error(getTranslation(error.messageKey(),
                    error.args().toArray())));
        } catch (ConcurrentEditException | NotFoundException e) {
            Notifications.error(getTranslation("fields.conflict"));
        }
        refresh();
    }

    private Button toolbarButton(String labelKey, VaadinIcon icon, String id, Runnable run) {
        Button button = new Button(getTranslation(labelKey), icon.create(), click -> run.run());
        button.setId(id);
        return button;
    }
}
