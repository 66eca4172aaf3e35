package app.kehu.audit.ui;

import static app.kehu.audit.AuditAction.CREATE;
import static app.kehu.audit.AuditAction.SIGNUP;
import static app.kehu.audit.AuditAction.UPDATE;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.kehu.audit.AuditEvent;
import app.kehu.customer.Customer;
import app.kehu.customer.CustomerService;
import app.kehu.security.Role;
import app.kehu.support.KaribuTest;
import app.kehu.support.TestTenants.Company;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Admins read who did what in their company, narrowed by actor, record type, action and dates. */
class AuditViewTest extends KaribuTest {

    @Autowired
    CustomerService customers;

    Company company;
    String staff;
    Grid<AuditEvent> grid;

    /** Signup, the admin adding a salesperson, each creating a customer, the admin editing theirs. */
    @BeforeEach
    void aCompanyAtWork() {
        tenants.signUp(); // another company, whose log must stay its own
        company = tenants.signUp();
        staff = tenants.addUser(company, Role.STAFF);
        runAs.run(staff, () -> customers.create(Map.of("name", "Staff's lead")));
        runAs.run(company.admin(), () -> {
            Customer created = customers.create(Map.of("name", "Admin's lead"));
            customers.update(created.id(), created.version(), Map.of("region", "Hangzhou"));
        });
        login(company.admin());
        navigate(AuditView.class);
        grid = auditGrid();
    }

    @Test
    void theLogListsEverythingDoneInTheCompanyNewestFirst() {
        assertThat(_findAll(grid))
                .extracting(AuditEvent::getAction, AuditEvent::getEntityType, AuditEvent::getActorEmail)
                .containsExactly(
                        tuple(UPDATE, "Customer", company.admin()),
                        tuple(CREATE, "Customer", company.admin()),
                        tuple(CREATE, "Customer", staff),
                        tuple(CREATE, "User", company.admin()),
                        tuple(SIGNUP, "User", company.admin()));
    }

    @Test
    void filtersNarrowTheLogAndCombine() {
        _setValue(textFilter("audit.actor"), staff.substring(0, staff.indexOf('@')));
        assertThat(_findAll(grid)).extracting(AuditEvent::getActorEmail).containsOnly(staff).hasSize(1);

        _setValue(textFilter("audit.actor"), "");
        _setValue(selectFilter("audit.entity"), "Customer");
        assertThat(_findAll(grid)).extracting(AuditEvent::getEntityType).containsOnly("Customer").hasSize(3);

        _setValue(selectFilter("audit.action"), UPDATE.name());
        assertThat(_findAll(grid)).extracting(AuditEvent::getAction, AuditEvent::getEntityType)
                .containsExactly(tuple(UPDATE, "Customer"));

        _setValue(selectFilter("audit.action"), SIGNUP.name());
        assertThat(_size(grid)).as("no signup of a customer").isZero();
    }

    @Test
    void theDateRangeNarrowsTheLogAndIncludesBothDays() {
        LocalDate today = LocalDate.now();

        _setValue(dateFilter("audit.from"), today);
        _setValue(dateFilter("audit.to"), today);
        assertThat(_size(grid)).isEqualTo(5);

        _setValue(dateFilter("audit.from"), today.plusDays(1));
        _setValue(dateFilter("audit.to"), today.plusDays(1));
        assertThat(_size(grid)).isZero();

        _setValue(dateFilter("audit.from"), null);
        _setValue(dateFilter("audit.to"), today.minusDays(1));
        assertThat(_size(grid)).isZero();
    }

    @Test
    void onlyAdminsMayOpenTheLog() {
        login(tenants.addUser(company, Role.MANAGER));

        assertThatThrownBy(() -> UI.getCurrent().navigate(AuditView.class))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    @SuppressWarnings("unchecked")
    private static Grid<AuditEvent> auditGrid() {
        return _get(Grid.class);
    }

    private static TextField textFilter(String labelKey) {
        return _get(TextField.class, spec -> spec.withLabel(t(labelKey)));
    }

    @SuppressWarnings("unchecked")
    private static Select<String> selectFilter(String labelKey) {
        return _get(Select.class, spec -> spec.withLabel(t(labelKey)));
    }

    private static DatePicker dateFilter(String labelKey) {
        return _get(DatePicker.class, spec -> spec.withLabel(t(labelKey)));
    }
}
