package app.kehu.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import app.kehu.common.NotFoundException;
import app.kehu.customer.CustomerService;
import app.kehu.fields.FieldAccess;
import app.kehu.fields.FieldPermissionService;
import app.kehu.security.Role;
import app.kehu.support.IntegrationTest;
import app.kehu.support.TestTenants.Company;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Only admins edit the rules; everyone sees the grades, reasons and history of the customers they can see. */
class RatingAccessTest extends IntegrationTest {

    @Autowired
    RatingService rating;
    @Autowired
    CustomerService customers;
    @Autowired
    FieldPermissionService permissions;
    @Autowired
    RatingFixtures fixtures;

    Company company;
    String manager;
    String staff;
    String otherStaff;
    String viewer;
    long staffsCustomer;
    long othersCustomer;

    @BeforeEach
    void companyWithEveryRole() {
        company = tenants.signUp();
        manager = tenants.addUser(company, Role.MANAGER);
        staff = tenants.addUser(company, Role.STAFF);
        otherStaff = tenants.addUser(company, Role.STAFF);
        viewer = tenants.addUser(company, Role.VIEWER);
        staffsCustomer = runAs.call(staff, () -> customers.create(Map.of("name", "Staff's own")).id());
        othersCustomer = runAs.call(otherStaff, () -> customers.create(Map.of("name", "Someone else's")).id());
    }

    @Test
    void onlyAdminsReadEditPreviewCheckPublishAndRestoreRules() {
        RuleSet rules = StarterRules.ruleSet();
        for (String user : new String[] {manager, staff, viewer}) {
            runAs.run(user, () -> {
                assertThatThrownBy(() -> rating.publish(rules, null)).as(user)
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> rating.preview(rules)).as(user).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> rating.check(rules)).as(user).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> rating.restore(1)).as(user).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> rating.editable()).as(user).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> rating.operands()).as(user).isInstanceOf(AccessDeniedException.class);
            });
        }
        runAs.run(company.admin(), () -> assertThat(rating.versions()).hasSize(1));
        runAs.run(manager, () -> assertThat(rating.versions()).hasSize(1));
        runAs.run(staff, () -> assertThatThrownBy(() -> rating.versions()).isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void staffSeeWhyTheirOwnCustomersHaveTheirGradeButNotOthers() {
        runAs.run(staff, () -> {
            assertThat(rating.explain(staffsCustomer).grade()).isEqualTo("D");
            assertThat(rating.history(staffsCustomer)).hasSize(1);
            assertThatThrownBy(() -> rating.explain(othersCustomer)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> rating.history(othersCustomer)).isInstanceOf(NotFoundException.class);
            assertThat(rating.progress().running()).isFalse();
        });
        runAs.run(viewer, () -> assertThat(rating.explain(othersCustomer).grade()).isEqualTo("D"));
    }

    @Test
    void anExplanationWithholdsTheValuesOfFieldsHiddenFromTheUsersRole() {
        jdbc.template().update("UPDATE " + RatingFixtures.customer(company.slug()) + " SET annual_contribution = "
                + "120000, purchase_count_12m = 3, last_contact_at = now() WHERE id = ?", staffsCustomer);
        runAs.run(company.admin(), () -> {
            permissions.set("annualContribution", Role.STAFF, FieldAccess.HIDDEN, false);
            permissions.set("lastContactAt", Role.STAFF, FieldAccess.HIDDEN, false);
            rating.publish(TestRules.scoring(TestRules.when("annualContribution", Operator.AT_LEAST, 100, "100000"),
                    TestRules.when(Operand.DAYS_SINCE_LAST_CONTACT, Operator.AT_MOST, 1, "7")), null);
            fixtures.awaitRecompute();
            assertThat(rating.explain(staffsCustomer).nodes()).extracting(GradeExplanation.NodeOutcome::actual)
                    .containsExactly(null, new BigDecimal("120000.00"), 0L);
        });
        runAs.run(staff, () -> {
            GradeExplanation why = rating.explain(staffsCustomer);
            assertThat(why.grade()).as("the grade itself is visible").isEqualTo("A");
            assertThat(why.nodes()).extracting(GradeExplanation.NodeOutcome::matched,
                    GradeExplanation.NodeOutcome::actual).containsExactly(tuple(true, null),
                            tuple(true, GradeExplanation.Withheld.HIDDEN),
                            tuple(true, GradeExplanation.Withheld.HIDDEN));
        });
    }

    @Test
    void onlyManagersAndAdminsSetGradesByHand() {
        for (String user : new String[] {staff, viewer}) {
            runAs.run(user, () -> assertThatThrownBy(() -> rating.overrideGrade(staffsCustomer, "A", "friend"))
                    .as(user).isInstanceOf(AccessDeniedException.class));
        }
        runAs.run(manager, () -> rating.overrideGrade(staffsCustomer, "A", "strategic partner"));
        runAs.run(staff, () -> assertThat(customers.get(staffsCustomer).get("grade")).isEqualTo("A"));
    }
}
