package app.kehu.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kehu.fields.FieldAccess;
import app.kehu.fields.FieldDefinition;
import app.kehu.fields.FieldPermissionService;
import app.kehu.security.Role;
import app.kehu.support.Errors;
import app.kehu.support.IntegrationTest;
import app.kehu.support.TestTenants.Company;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Field permissions as every customer service enforces them: with e-mail hidden from staff, phone masked for
 * staff and company read-only for staff, nothing of the e-mail leaves the server for staff, the phone never
 * leaves in full, and neither can be written, filtered, sorted or probed by a search; admins are unaffected.
 */
class FieldPermissionEnforcementTest extends IntegrationTest {

    private static final String EMAIL = "secret.person@hidden-domain.cn";
    private static final String PHONE = "13812345678";
    private static final String MASKED_PHONE = "138****5678";
    private static final List<ExportColumn> COLUMNS = List.of(new ExportColumn("name", "Name"),
            new ExportColumn("email", "E-mail"), new ExportColumn("phone", "Phone"),
            new ExportColumn("company", "Company"));

    @Autowired
    CustomerService customers;
    @Autowired
    CustomerExportService exports;
    @Autowired
    SavedViewService views;
    @Autowired
    FieldPermissionService permissions;

    Company company;
    String staff;
    Customer customer;

    @BeforeEach
    void staffWithRestrictedFields() {
        company = tenants.signUp();
        staff = tenants.addUser(company, Role.STAFF);
        customer = runAs.call(staff, () -> customers.create(Map.of("name", "李雷", "email", EMAIL, "phone", PHONE,
                "company", "星辰科技")));
        runAs.run(company.admin(), () -> {
            permissions.set("email", Role.STAFF, FieldAccess.HIDDEN, false);
            permissions.set("phone", Role.STAFF, FieldAccess.EDIT, true);
            permissions.set("company", Role.STAFF, FieldAccess.READ, false);
        });
    }

    @Test
    void aHiddenFieldNeverLeavesTheServiceAndAMaskedOneOnlyMasked() {
        runAs.run(staff, () -> {
            Customer listed = customers.list(CustomerQuery.all(), 0, 10).getFirst();
            Customer got = customers.get(customer.id());
            for (Customer seen : List.of(listed, got)) {
                assertThat(seen.values()).doesNotContainKey("email");
                assertThat(seen.values().values()).doesNotContain(EMAIL, PHONE);
                assertThat(seen.get("phone")).isEqualTo(MASKED_PHONE);
            }
            assertThat(customers.fields()).extracting(FieldDefinition::key).doesNotContain("email")
                    .contains("phone", "company");
            assertThat(customers.fields()).filteredOn(f -> f.key().equals("company"))
                    .allMatch(FieldDefinition::readOnly);
            assertThat(customers.maskedFields()).containsExactly("phone");
        });
    }

    @Test
    void writesReturnTheCustomerAsTheUserMaySeeIt() {
        Customer updated = runAs.call(staff, () -> customers.update(customer.id(), customer.version(),
                Map.of("name", "李雷 (VIP)", "phone", MASKED_PHONE)));
        assertThat(updated.values()).doesNotContainKey("email");
        assertThat(updated.get("phone")).as("the mask written back is no change").isEqualTo(MASKED_PHONE);
        assertThat(runAs.call(company.admin(), () -> customers.get(customer.id())).get("phone")).isEqualTo(PHONE);
    }

    @Test
    void theExportOmitsHiddenColumnsAndMasksMaskedOnes() throws IOException {
        List<String> cells = cells(runAs.call(staff, () -> export(CustomerQuery.all())));
        assertThat(cells).contains("Name", "Phone", "Company", "李雷", MASKED_PHONE)
                .doesNotContain("E-mail", EMAIL, PHONE);
        assertThat(cells(runAs.call(company.admin(), () -> export(CustomerQuery.all())))).contains(EMAIL, PHONE);
    }

    @Test
    void quickSearchCannotProbeHiddenOrMaskedFields() {
        runAs.run(staff, () -> {
            assertThat(customers.count(new CustomerQuery("hidden-domain", Map.of(), List.of()))).isZero();
            assertThat(customers.count(new CustomerQuery("1234", Map.of(), List.of()))).isZero();
            assertThat(customers.count(new CustomerQuery("李雷", Map.of(), List.of()))).isOne();
        });
        assertThat(runAs.call(company.admin(), () -> customers.count(new CustomerQuery("hidden-domain", Map.of(),
                List.of())))).isOne();
    }

    @Test
    void filtersAndSortsOnHiddenOrMaskedFieldsAreRefused() {
        runAs.run(staff, () -> {
            for (String field : List.of("email", "phone")) {
                CustomerQuery filtered = new CustomerQuery(null, Map.of(field, new ColumnFilter.Contains("1")),
                        List.of());
                CustomerQuery sorted = new CustomerQuery(null, Map.of(),
                        List.of(new CustomerQuery.SortKey(field, true)));
                assertThatThrownBy(() -> customers.list(filtered, 0, 10)).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> customers.count(filtered)).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> customers.list(sorted, 0, 10)).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> export(filtered)).isInstanceOf(AccessDeniedException.class);
            }
        });
    }

    @Test
    void readOnlyAndHiddenFieldsCannotBeWritten() {
        runAs.run(staff, () -> {
            assertThat(Errors.of(() -> customers.update(customer.id(), customer.version(),
                    Map.of("company", "别的公司")))).containsExactly("company=validation.read-only");
            assertThat(Errors.of(() -> customers.update(customer.id(), customer.version(),
                    Map.of("email", EMAIL)))).containsExactly("email=validation.read-only");
            assertThat(Errors.of(() -> customers.create(Map.of("name", "韩梅梅", "company", "X"))))
                    .containsExactly("company=validation.read-only");
            assertThat(Errors.of(() -> customers.bulkSet(List.of(customer.id()), "company", "X")))
                    .containsExactly("company=validation.read-only");
            assertThat(Errors.of(() -> customers.bulkSet(List.of(customer.id()), "email", "a@b.cn")))
                    .containsExactly("email=validation.read-only");
            // Unchanged read-only values, as a form sends them back, are fine.
            customers.update(customer.id(), customer.version(), Map.of("company", "星辰科技", "region", "北京"));
        });
        Customer stored = runAs.call(company.admin(), () -> customers.get(customer.id()));
        assertThat(stored.get("company")).isEqualTo("星辰科技");
        assertThat(stored.get("email")).isEqualTo(EMAIL);
    }

    @Test
    void aSharedViewLosesWhatTheUserMayNotSeeOrSearch() {
        SavedView shared = runAs.call(company.admin(), () -> views.save("全部", true, new ViewSettings(
                List.of(new ColumnSetting("name", true, null), new ColumnSetting("email", true, null),
                        new ColumnSetting("phone", true, null)), null,
                Map.of("email", new ColumnFilter.Contains("secret"), "phone", new ColumnFilter.Contains("138")),
                List.of(new CustomerQuery.SortKey("phone", true)))));
        ViewSettings seen = runAs.call(staff, () -> views.open(shared.id())).settings();
        assertThat(seen.columns()).extracting(ColumnSetting::key).containsExactly("name", "phone");
        assertThat(seen.filters()).isEmpty();
        assertThat(seen.sort()).isEmpty();
        assertThat(runAs.call(company.admin(), () -> views.open(shared.id())).settings().filters()).hasSize(2);
    }

    @Test
    void adminsAndOtherRolesAreUnaffected() {
        String manager = tenants.addUser(company, Role.MANAGER);
        for (String user : List.of(company.admin(), manager)) {
            Customer seen = runAs.call(user, () -> customers.get(customer.id()));
            assertThat(seen.get("email")).isEqualTo(EMAIL);
            assertThat(seen.get("phone")).isEqualTo(PHONE);
        }
        runAs.run(manager, () -> customers.update(customer.id(), customer.version(), Map.of("company", "新公司")));
    }

    private byte[] export(CustomerQuery query) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(query, COLUMNS, ZoneId.of("Asia/Shanghai"), Locale.SIMPLIFIED_CHINESE, out);
        return out.toByteArray();
    }

    /** Every cell's text in the workbook, wherever it is. */
    private static List<String> cells(byte[] file) throws IOException {
        List<String> texts = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    texts.add(cell.toString());
                }
            }
        }
        return texts;
    }
}
