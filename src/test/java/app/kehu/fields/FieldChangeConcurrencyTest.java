package app.kehu.fields;

import static org.assertj.core.api.Assertions.assertThat;

import app.kehu.customer.Customer;
import app.kehu.customer.CustomerService;
import app.kehu.security.Role;
import app.kehu.support.Errors;
import app.kehu.support.IntegrationTest;
import app.kehu.support.TestTenants.Company;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A field change while staff edit customers: each waits for the other's transaction, nobody's values are lost,
 * and a field change that cannot get its locks in time gives up without changing anything.
 */
class FieldChangeConcurrencyTest extends IntegrationTest {

    private static final long SECONDS = 20;

    @Autowired
    FieldService fields;
    @Autowired
    CustomerService customers;
    @Autowired
    TransactionTemplate transaction;

    final ExecutorService threads = Executors.newFixedThreadPool(2);
    Company company;
    String manager;
    FieldDefinition employees;
    Customer customer;

    @BeforeEach
    void aCustomerWithACustomField() {
        company = tenants.signUp();
        manager = tenants.addUser(company, Role.MANAGER);
        employees = runAs.call(company.admin(), () -> fields.addField(new NewField("employees", FieldType.TEXT,
                FieldSettings.of("员工人数", "Employees", Section.BASIC))));
        customer = runAs.call(company.admin(), () -> customers.create(Map.of("name", "联信科技", "region", "上海",
                "employees", "12")));
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void aSaveThatStartsDuringATypeChangeWaitsForItAndWritesToTheNewColumn() throws Exception {
        CountDownLatch changed = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        Future<?> typeChange = threads.submit(() -> runAs.run(company.admin(), () -> transaction.executeWithoutResult(
                status -> {
                    fields.changeType("employees", employees.version(), FieldType.INTEGER, employees.settings());
                    changed.countDown();
                    await(commit);
                })));
        assertThat(changed.await(SECONDS, TimeUnit.SECONDS)).isTrue();

        Future<Customer> save = threads.submit(() -> runAs.call(manager, () -> customers.update(customer.id(),
                customer.version(), Map.of("region", "杭州", "employees", "15"))));
        Thread.sleep(500);
        assertThat(save.isDone()).as("the save waits for the field change").isFalse();
        commit.countDown();
        typeChange.get(SECONDS, TimeUnit.SECONDS);

        Customer saved = save.get(SECONDS, TimeUnit.SECONDS);
        assertThat(saved.get("region")).isEqualTo("杭州");
        assertThat(saved.get("employees")).as("read and written as the new type").isEqualTo(15L);
        assertThat(jdbc.columnType(company.slug(), "cf_employees")).isEqualTo("bigint");
    }

    @Test
    void aFieldAddedWhileACustomerIsBeingSavedWaitsAndTheSaveKeepsItsValues() throws Exception {
        CountDownLatch saved = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        Future<?> save = threads.submit(() -> runAs.run(manager, () -> transaction.executeWithoutResult(status -> {
            customers.update(customer.id(), customer.version(), Map.of("region", "杭州", "employees", "15"));
            saved.countDown();
            await(commit);
        })));
        assertThat(saved.await(SECONDS, TimeUnit.SECONDS)).isTrue();

        Future<FieldDefinition> added = threads.submit(() -> runAs.call(company.admin(), () -> fields.addField(
                new NewField("wechat", FieldType.TEXT, FieldSettings.of("微信号", "WeChat", Section.BASIC)))));
        Thread.sleep(500);
        assertThat(added.isDone()).as("the field change waits for the save").isFalse();
        commit.countDown();
        save.get(SECONDS, TimeUnit.SECONDS);
        added.get(SECONDS, TimeUnit.SECONDS);

        Customer stored = runAs.call(manager, () -> customers.get(customer.id()));
        assertThat(stored.get("region")).isEqualTo("杭州");
        assertThat(stored.get("employees")).isEqualTo("15");
        assertThat(stored.values()).containsEntry("wechat", null);
        Customer fromAnOldForm = runAs.call(manager, () -> customers.update(stored.id(), stored.version(),
                Map.of("name", "联信科技有限公司", "region", "杭州", "employees", "16")));
        assertThat(fromAnOldForm.get("employees")).isEqualTo("16");
    }

    @Test
    void aFieldChangeThatCannotGetItsLocksInTimeGivesUpAndChangesNothing() throws Exception {
        CountDownLatch saved = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        Future<?> longSave = threads.submit(() -> runAs.run(manager, () -> transaction.executeWithoutResult(status -> {
            customers.update(customer.id(), customer.version(), Map.of("region", "杭州"));
            saved.countDown();
            await(commit);
        })));
        assertThat(saved.await(SECONDS, TimeUnit.SECONDS)).isTrue();

        assertThat(runAs.call(company.admin(), () -> Errors.of(() -> fields.changeType("employees",
                employees.version(), FieldType.INTEGER, employees.settings()))))
                .containsExactly("busy=fields.error.busy");
        commit.countDown();
        longSave.get(SECONDS, TimeUnit.SECONDS);
        assertThat(jdbc.columnType(company.slug(), "cf_employees")).isEqualTo("text");
        assertThat(runAs.call(company.admin(), () -> fields.field("employees")).type()).isEqualTo(FieldType.TEXT);
        assertThat(runAs.call(manager, () -> customers.get(customer.id())).get("region")).isEqualTo("杭州");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Timed out waiting for the test");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
