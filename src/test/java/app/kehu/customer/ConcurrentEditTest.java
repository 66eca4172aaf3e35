package app.kehu.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kehu.common.ConcurrentEditException;
import app.kehu.common.NotFoundException;
import app.kehu.security.Role;
import app.kehu.support.IntegrationTest;
import app.kehu.support.TestTenants.Company;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two people editing the same customer: the second save is refused and nothing is overwritten. */
class ConcurrentEditTest extends IntegrationTest {

    @Autowired
    CustomerService customers;

    Company company;
    String manager;
    Customer original;

    @BeforeEach
    void customerOpenedByTwoPeople() {
        company = tenants.signUp();
        manager = tenants.addUser(company, Role.MANAGER);
        original = runAs.call(company.admin(), () -> customers.create(Map.of("name", "李娜", "region", "上海")));
    }

    @Test
    void theSecondSaveOfTheSameVersionIsRefusedAndTheFirstOneStays() {
        Customer first = runAs.call(company.admin(), () -> customers.update(original.id(), original.version(),
                Map.of("region", "杭州")));
        runAs.run(manager, () -> assertThatThrownBy(() -> customers.update(original.id(), original.version(),
                Map.of("region", "北京"))).isInstanceOf(ConcurrentEditException.class));
        runAs.run(manager, () -> {
            Customer stored = customers.get(original.id());
            assertThat(stored.get("region")).isEqualTo("杭州");
            assertThat(stored.version()).isEqualTo(first.version()).isGreaterThan(original.version());
        });
    }

    @Test
    void afterReloadingTheSecondUserCanSave() {
        runAs.run(company.admin(), () -> customers.update(original.id(), original.version(), Map.of("region", "杭州")));
        runAs.run(manager, () -> {
            Customer reloaded = customers.get(original.id());
            assertThat(customers.update(reloaded.id(), reloaded.version(), Map.of("region", "北京")).get("region"))
                    .isEqualTo("北京");
        });
    }

    @Test
    void deletingAStaleVersionIsRefused() {
        runAs.run(company.admin(), () -> customers.update(original.id(), original.version(), Map.of("region", "杭州")));
        runAs.run(manager, () -> {
            assertThatThrownBy(() -> customers.delete(original.id(), original.version()))
                    .isInstanceOf(ConcurrentEditException.class);
            assertThat(customers.get(original.id()).get("name")).isEqualTo("李娜");
        });
    }

    @Test
    void savingACustomerSomeoneDeletedSaysItIsGone() {
        runAs.run(company.admin(), () -> customers.delete(original.id(), original.version()));
        runAs.run(manager, () -> assertThatThrownBy(() -> customers.update(original.id(), original.version(),
                Map.of("region", "北京"))).isInstanceOf(NotFoundException.class));
    }
}
