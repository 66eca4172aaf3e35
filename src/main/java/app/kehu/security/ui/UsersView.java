package app.kehu.security.ui;

import app.kehu.common.ValidationException;
import app.kehu.security.NewUser;
import app.kehu.security.Role;
import app.kehu.security.UserService;
import app.kehu.security.UserSummary;
import app.kehu.ui.FormErrors;
import app.kehu.ui.Notifications;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/** Admins manage their company's users: add, change role, deactivate, reset password. */
@Route("users")
@Menu(order = 8, icon = "vaadin:users", title = "nav.users")
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserService users;
    private final Grid<UserSummary> grid = new Grid<>();

    public UsersView(UserService users) {
        this.users = users;
        addClassName("view");
        setSizeFull();

        Button add = new Button(getTranslation("users.add"), VaadinIcon.PLUS.create(), click -> openAddDialog());
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setId("add-user");
        HorizontalLayout toolbar = new HorizontalLayout(new H2(getTranslation("nav.users")), add);
        toolbar.setAlignItems(Alignment.BASELINE);

        grid.addColumn(UserSummary::displayName).setHeader(getTranslation("users.name")).setSortable(true)
                .setKey("name");
        grid.addColumn(UserSummary::email).setHeader(getTranslation("users.email")).setSortable(true).setKey("email");
        grid.addComponentColumn(this::roleSelect).setHeader(getTranslation("users.role")).setKey("role");
        grid.addColumn(u -> getTranslation(u.active() ? "users.active" : "users.inactive"))
                .setHeader(getTranslation("users.status")).setKey("status");
        grid.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        grid.setSizeFull();
        add(toolbar, grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users") + " · Kehu";
    }

    private void refresh() {
        grid.setItems(users.listUsers());
    }

    private Select<Role> roleSelect(UserSummary user) {
        Select<Role> select = new Select<>();
        select.setItems(Role.values());
        select.setItemLabelGenerator(role -> getTranslation("role." + role.name()));
        select.setValue(user.role());
        select.setAriaLabel(getTranslation("users.role") + " " + user.email());
        select.addValueChangeListener(event -> {
            if (!event.isFromClient() || event.getValue() == null) {
                return;
            }
            try {
                users.changeRole(user.id(), event.getValue());
                Notifications.success(getTranslation("users.role-changed", user.displayName(),
                        getTranslation("role." + event.getValue().name())));
            } catch (ValidationException e) {
                Notifications.error(getTranslation(e.errors().getFirst().messageKey()));
            }
            refresh();
        });
        return select;
    }

    private HorizontalLayout actions(UserSummary user) {
        Button toggle = new Button(getTranslation(user.active() ? "users.deactivate" : "users.activate"),
                click -> confirmToggle(user));
        toggle.addThemeVariants(ButtonVariant.SMALL, user.active() ? ButtonVariant.ERROR : ButtonVariant.PRIMARY);
        Button reset = new Button(getTranslation("users.reset-password"), click -> openResetDialog(user));
        reset.addThemeVariants(ButtonVariant.SMALL);
        return new HorizontalLayout(reset, toggle);
    }

    private void confirmToggle(UserSummary user) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation(user.active() ? "users.deactivate" : "users.activate"));
        confirm.setText(getTranslation(user.active() ? "users.confirm-deactivate" : "users.confirm-activate",
                user.displayName()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmText(getTranslation(user.active() ? "users.deactivate" : "users.activate"));
        if (user.active()) {
            confirm.setConfirmButtonTheme("error primary");
        }
        confirm.addConfirmListener(event -> {
            try {
                users.setActive(user.id(), !user.active());
            } catch (ValidationException e) {
                Notifications.error(getTranslation(e.errors().getFirst().messageKey()));
            }
            refresh();
        });
        confirm.open();
    }

    private void openAddDialog() {
        TextField name = new TextField(getTranslation("users.name"));
        TextField email = new TextField(getTranslation("users.email"));
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("users.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setValue(Role.STAFF);
        PasswordField password = new PasswordField(getTranslation("users.initial-password"));
        password.setHelperText(getTranslation("password.rules"));
        Map<String, HasValidation> fields = Map.of("displayName", name, "email", email,
                "role", role, "password", password);

        Dialog dialog = new Dialog(getTranslation("users.add"));
        dialog.add(new FormLayout(name, email, role, password));
        Button save = new Button(getTranslation("common.save"), click -> {
            try {
                UserSummary created = users.createUser(
                        new NewUser(email.getValue(), name.getValue(), role.getValue(), password.getValue()));
                dialog.close();
                Notifications.success(getTranslation("users.created", created.displayName()));
                refresh();
            } catch (ValidationException e) {
                FormErrors.show(this, e, fields);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-user");
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), save);
        dialog.open();
        name.focus();
    }

    private void openResetDialog(UserSummary user) {
        PasswordField password = new PasswordField(getTranslation("users.new-password"));
        password.setHelperText(getTranslation("password.rules"));
        Dialog dialog = new Dialog(getTranslation("users.reset-password-for", user.displayName()));
        dialog.add(new Span(user.email()), password);
        Button save = new Button(getTranslation("users.reset-password"), click -> {
            try {
                users.resetPassword(user.id(), password.getValue());
                dialog.close();
                Notifications.success(getTranslation("users.password-reset", user.displayName()));
            } catch (ValidationException e) {
                FormErrors.show(this, e, Map.of("password", password));
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), save);
        dialog.open();
        password.focus();
    }
}
