package app.kehu.customer.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.ShortcutsKt._fireShortcut;
import static org.assertj.core.api.Assertions.assertThat;

import app.kehu.customer.Customer;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import app.kehu.security.Role;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Editing cells in the table itself: saved like the dialog, errors shown at the cell, conflicts refused. */
class InlineEditViewTest extends CustomerGridTest {

    @Test
    void aCellIsEditedInPlaceAndSavedWithEnter() {
        Grid<Customer> grid = open(company.admin());

        editInline(grid, "Li Lei");
        assertThat(grid.getEditor().isOpen()).isTrue();
        assertThat(inline("region").getValue()).isEqualTo("Shanghai");
        _setValue(inline("region"), "Hangzhou");
        _fireShortcut(inline("region"), Key.ENTER);

        expectNotifications(t("customers.saved", "Li Lei"));
        assertThat(grid.getEditor().isOpen()).isFalse();
        assertThat(_getFormatted(grid, row(grid, "Li Lei"), "region")).isEqualTo("Hangzhou");
    }

    @Test
    void anInvalidValueIsMarkedAtItsCellAndNothingIsSaved() {
        Grid<Customer> grid = open(company.admin());
        long id = customer(grid, "Li Lei").id();

        editInline(grid, "Li Lei");
        _setValue(inline("email"), "lilei@");
        click("inline-save");

        assertThat(errorOf(inline("email"))).isEqualTo(t("validation.email"));
        expectNotifications(t("field.email") + ": " + t("validation.email"));
        assertThat(grid.getEditor().isOpen()).as("the input stays for correcting").isTrue();
        assertThat(runAs.call(company.admin(), () -> customers.get(id)).get("email")).isEqualTo("lilei@example.com");

        _fireShortcut(inline("email"), Key.ESCAPE);
        assertThat(grid.getEditor().isOpen()).isFalse();
    }

    @Test
    void aStaleInlineEditIsRefusedAndKeepsTheInput() {
        Grid<Customer> grid = open(company.admin());
        long id = customer(grid, "Li Lei").id();
        editInline(grid, "Li Lei");

        runAs.run(company.admin(), () -> customers.update(id, customers.get(id).version(), Map.of("region", "Xi'an")));
        _setValue(inline("region"), "Hangzhou");
        click("inline-save");

        expectNotifications(t("customers.conflict.inline"));
        assertThat(inline("region").getValue()).isEqualTo("Hangzhou");
        assertThat(runAs.call(company.admin(), () -> customers.get(id)).get("region")).isEqualTo("Xi'an");
    }

    @Test
    void staffEditTheirCustomersInlineButNotTheOwnerAndViewersNotAtAll() {
        String staff = tenants.addUser(company, Role.STAFF);
        runAs.run(staff, () -> customers.create(Map.of("name", "Staff's lead")));
        Grid<Customer> grid = open(staff);
        editInline(grid, "Staff's lead");
        assertThat(byId(ComboBox.class, "inline-owner").isReadOnly()).isTrue();

        grid = open(tenants.addUser(company, Role.VIEWER));
        assertThat(grid.getColumnByKey("region").getEditorComponent()).isNull();
        _assertNone(Button.class, spec -> spec.withAttribute("aria-label", t("customers.inline-edit")));
    }

    /** Clicks the row's inline-edit action; the grid opens its editor when the response goes to the browser. */
    private static void editInline(Grid<Customer> grid, String name) {
        _click(rowAction(grid, name, "customers.inline-edit"));
        MockVaadin.clientRoundtrip(false);
    }

    private static TextField inline(String key) {
        return byId(TextField.class, "inline-" + key);
    }

}
