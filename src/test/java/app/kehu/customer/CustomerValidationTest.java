package app.kehu.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kehu.common.ValidationException;
import app.kehu.support.Errors;
import app.kehu.support.IntegrationTest;
import app.kehu.support.TestTenants.Company;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Bad input is refused at the service with every problem named by its field, and nothing is written. */
class CustomerValidationTest extends IntegrationTest {

    @Autowired
    CustomerService customers;

    Company company;

    @BeforeEach
    void company() {
        company = tenants.signUp();
    }

    @Test
    void everyProblemIsReportedAgainstItsField() {
        Map<String, Object> input = new HashMap<>();
        input.put("name", "   ");
        input.put("email", "wang@");
        input.put("phone", "call me");
        input.put("region", "x".repeat(101));
        assertThat(errorsOf(input)).containsExactlyInAnyOrder("name=validation.required", "email=validation.email",
                "phone=validation.phone", "region=validation.too-long");
        runAs.run(company.admin(), () -> assertThat(customers.count(CustomerQuery.all())).isZero());
    }

    @Test
    void phoneNumbersAsPeopleTypeThemAreAccepted() {
        for (String phone : List.of("13800138000", "+86 138 0013 8000", "010-6552 9988", "(021) 5888-1234")) {
            Customer c = runAs.call(company.admin(), () -> customers.create(Map.of("name", "P", "phone", phone)));
            assertThat(c.get("phone")).isEqualTo(phone);
        }
    }

    @Test
    void anOwnerFromAnotherCompanyIsRefused() {
        Company other = tenants.signUp();
        Object foreignOwner = runAs.call(other.admin(), () -> customers.create(Map.of("name", "x")).get("owner"));
        assertThat(errorsOf(Map.of("name", "Lead", "owner", foreignOwner))).containsExactly("owner=validation.owner");
    }

    @Test
    void textIsTrimmedAndTagsAreCleanedUp() {
        Customer c = runAs.call(company.admin(), () -> customers.create(Map.of("name", "  张伟  ", "email", " ",
                "tags", List.of(" VIP", "重点客户", "VIP", " "))));
        assertThat(c.get("name")).isEqualTo("张伟");
        assertThat(c.get("email")).isNull();
        assertThat(c.get("tags")).isEqualTo(List.of("VIP", "重点客户"));
    }

    @Test
    void unknownFieldsAreRefused() {
        assertThat(errorsOf(Map.of("name", "x", "salary", 1))).containsExactly("salary=validation.unknown-field");
    }

    @Test
    void aFailedUpdateChangesNothing() {
        Customer c = runAs.call(company.admin(), () -> customers.create(Map.of("name", "Good", "email", "a@b.cn")));
        runAs.run(company.admin(), () -> {
            assertThatThrownBy(() -> customers.update(c.id(), c.version(), Map.of("name", "", "email", "bad")))
                    .isInstanceOf(ValidationException.class);
            Customer stored = customers.get(c.id());
            assertThat(stored.get("name")).isEqualTo("Good");
            assertThat(stored.version()).isEqualTo(c.version());
        });
    }

    private List<String> errorsOf(Map<String, Object> input) {
        return runAs.call(company.admin(), () -> Errors.of(() -> customers.create(input)));
    }
}
