package app.kehu.fields.ui;

import app.kehu.common.ValidationException;
import app.kehu.fields.FieldAccess;
import app.kehu.fields.FieldDefinition;
import app.kehu.fields.FieldPermission;
import app.kehu.fields.FieldPermissionService;
import app.kehu.fields.FieldService;
import app.kehu.fields.Masking;
import app.kehu.security.Role;
import app.kehu.ui.Notifications;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Admins decide per field and role whether it is hidden, read-only or editable, and whether a phone or e-mail
 * is masked. Every change is saved at once. Admins themselves always see and edit everything, which the view
 * says, so that nobody wonders whether the company could lock itself out.
 */
@Route("fields/permissions")
@Menu(order = 7, icon = "vaadin:lock", title = "nav.field-permissions")
@RolesAllowed("ADMIN")
public class FieldPermissionsView extends VerticalLayout implements HasDynamicTitle {

    /** Roles an admin can restrict, in the order of the columns. */
    static final List<Role> RESTRICTABLE = List.of(Role.MANAGER, Role.STAFF, Role.VIEWER);

    private final FieldPermissionService permissions;
    private final FieldService fields;
    private final Grid<FieldDefinition> grid = new Grid<>();
    private Map<String, FieldPermission> current = Map.of();

    public FieldPermissionsView(FieldPermissionService permissions, FieldService fields) {
        this.permissions = permissions;
        this.fields = fields;
        addClassName("view");
        setSizeFull();
        grid.addColumn(f -> f.label(getLocale())).setHeader(getTranslation("permissions.field")).setKey("field")
                .setAutoWidth(true);
        grid.addColumn(f -> getTranslation("permissions.access.EDIT"))
                .setHeader(getTranslation("role." + Role.ADMIN.name())).setKey(Role.ADMIN.name());
        for (Role role : RESTRICTABLE) {
            grid.addComponentColumn(field -> editor(field, role)).setHeader(getTranslation("role." + role.name()))
                    .setKey(role.name()).setAutoWidth(true);
        }
        grid.setSizeFull();
        Paragraph adminRule = new Paragraph(getTranslation("permissions.admin-rule"));
        adminRule.setId("admin-rule");
        add(new H2(getTranslation("nav.field-permissions")), adminRule, grid);
        refresh();
    }

    Grid<FieldDefinition> grid() {
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.field-permissions") + " · Kehu";
    }

    private void refresh() {
        Map<String, FieldPermission> byKey = new HashMap<>();
        permissions.list().forEach(p -> byKey.put(key(p.fieldKey(), p.role()), p));
        current = byKey;
        grid.setItems(fields.fields(false));
    }

    /** The access select and, for phone and e-mail, the mask checkbox of one field for one role. */
    private HorizontalLayout editor(FieldDefinition field, Role role) {
        FieldPermission permission = current.get(key(field.key(), role));
        Select<FieldAccess> access = new Select<>();
        access.setItems(role.canEditCustomers() ? List.of(FieldAccess.values())
                : List.of(FieldAccess.HIDDEN, FieldAccess.READ));
        access.setItemLabelGenerator(a -> getTranslation("permissions.access." + a.name()));
        access.setValue(permission.access());
        access.setId("access-" + field.key() + "-" + role.name());
        access.setAriaLabel(field.label(getLocale()) + " · " + getTranslation("role." + role.name()));
        HorizontalLayout cell = new HorizontalLayout(access);
        cell.setAlignItems(Alignment.CENTER);
        Checkbox masked = new Checkbox(getTranslation("permissions.masked"), permission.masked());
        masked.setId("masked-" + field.key() + "-" + role.name());
        if (Masking.applies(field.type())) {
            cell.add(masked);
        } else if (field.readOnly() && permission.access() == FieldAccess.EDIT) {
            cell.add(new Span(getTranslation("permissions.system-read-only")));
        }
        access.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save(field, role, e.getValue(), masked.getValue());
            }
        });
        masked.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save(field, role, access.getValue(), e.getValue());
            }
        });
        return cell;
    }

    private void save(FieldDefinition field, Role role, FieldAccess access, boolean masked) {
        try {
            permissions.set(field.key(), role, access, masked);
            Notifications.success(getTranslation("permissions.saved", field.label(getLocale()),
                    getTranslation("role." + role.name()), getTranslation("permissions.access." + access.name())));
        } catch (ValidationException e) {
            e.errors().forEach(error -> Notifications.error(getTranslation(error.messageKey(),
                    error.args().toArray())));
        }
        refresh();
    }

    private static String key(String fieldKey, Role role) {
        return fieldKey + "/" + role.name();
    }
}
