package app.kehu.customer;

import static org.assertj.core.api.Assertions.assertThat;

import app.kehu.fields.FieldService;
import app.kehu.fields.FieldSettings;
import app.kehu.fields.FieldType;
import app.kehu.fields.NewField;
import app.kehu.fields.Section;
import app.kehu.fields.SelectOption;
import app.kehu.security.Role;
import app.kehu.support.IntegrationTest;
import app.kehu.support.TestTenants.Company;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The grid's view exported to .xlsx: same rows, typed cells, no formula injection, audited. */
class CustomerExportTest extends IntegrationTest {

    private static final List<ExportColumn> COLUMNS = List.of(new ExportColumn("name", "客户姓名"),
            new ExportColumn("company", "企业名称"), new ExportColumn("owner", "负责人"),
            new ExportColumn("tags", "标签"), new ExportColumn("createdAt", "创建时间"));

    @Autowired
    CustomerExportService exports;
    @Autowired
    CustomerService customers;
    @Autowired
    FieldService fields;

    Company company;
    String staff;

    @BeforeEach
    void customers() {
        company = tenants.signUp();
        staff = tenants.addUser(company, Role.STAFF);
        runAs.run(staff, () -> customers.create(Map.of("name", "=HYPERLINK(\"http://evil\")", "company",
                "@SUM(A1)", "tags", List.of("VIP", "需回访"))));
        runAs.run(company.admin(), () -> {
            customers.create(Map.of("name", "王芳", "company", "杭州联信科技有限公司", "region", "杭州"));
            customers.create(Map.of("name", "Emma Wilson", "company", "-Northwind", "region", "上海"));
        });
    }

    @Test
    void theExportHoldsTheViewsRowsAndColumnsInItsOrder() throws IOException {
        CustomerQuery newestFirst = new CustomerQuery(null, Map.of(),
                List.of(new CustomerQuery.SortKey("createdAt", false)));
        List<List<String>> rows = read(runAs.call(company.admin(), () -> export(newestFirst)));
        assertThat(rows.getFirst()).containsExactly("客户姓名", "企业名称", "负责人", "标签", "创建时间");
        assertThat(rows).hasSize(4);
        assertThat(rows.subList(1, 4)).extracting(List::getFirst)
                .containsExactly("Emma Wilson", "王芳", "=HYPERLINK(\"http://evil\")");
    }

    @Test
    void filtersAndSearchNarrowTheExport() throws IOException {
        CustomerQuery inHangzhou = new CustomerQuery(null, Map.of("region", new ColumnFilter.Contains("杭州")),
                List.of());
        assertThat(read(runAs.call(company.admin(), () -> export(inHangzhou)))).hasSize(2);
        assertThat(read(runAs.call(company.admin(), () -> export(new CustomerQuery("emma", Map.of(), List.of())))))
                .hasSize(2);
    }

    @Test
    void staffExportOnlyTheirOwnCustomers() throws IOException {
        List<List<String>> rows = read(runAs.call(staff, () -> export(CustomerQuery.all())));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get(2)).startsWith("STAFF");
        assertThat(rows.get(1).get(3)).isEqualTo("VIP, 需回访");
    }

    @Test
    void cellsAreTypedAndTextThatLooksLikeAFormulaStaysText() throws IOException {
        byte[] file = runAs.call(staff, () -> export(CustomerQuery.all()));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Row row = workbook.getSheetAt(0).getRow(1);
            for (int column : List.of(0, 1)) {
                Cell cell = row.getCell(column);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getCellStyle().getQuotePrefixed()).as("column %d is quote-prefixed", column).isTrue();
            }
            Cell created = row.getCell(4);
            assertThat(created.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(created)).isTrue();
        }
    }

    @Test
    void customFieldsOfEveryKindBecomeTypedCells() throws IOException {
        List<SelectOption> grades = List.of(new SelectOption("A", "A级", "Grade A", null),
                new SelectOption("B", "B级", "Grade B", null));
        runAs.run(company.admin(), () -> {
            add("annual", FieldType.MONEY, List.of());
            add("visits", FieldType.INTEGER, List.of());
            add("share", FieldType.PERCENT, List.of());
            add("renewal", FieldType.DATE, List.of());
            add("vip", FieldType.BOOLEAN, List.of());
            add("tier", FieldType.SINGLE_SELECT, grades);
            add("segments", FieldType.MULTI_SELECT, grades);
            customers.create(Map.of("name", "Typed", "annual", new BigDecimal("123456.78"), "visits", 12L,
                    "share", new BigDecimal("12.5"), "renewal", LocalDate.of(2027, 3, 31), "vip", true,
                    "tier", "A", "segments", List.of("A", "B")));
        });
        List<ExportColumn> columns = List.of("name", "annual", "visits", "share", "renewal", "vip", "tier", "segments")
                .stream().map(key -> new ExportColumn(key, key)).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        runAs.run(company.admin(), () -> exports.export(new CustomerQuery(null,
                Map.of("name", new ColumnFilter.Contains("Typed")), List.of()), columns, ZoneId.of("Asia/Shanghai"),
                Locale.SIMPLIFIED_CHINESE, out));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Row row = workbook.getSheetAt(0).getRow(1);
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(123456.78);
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(12);
            assertThat(row.getCell(3).getNumericCellValue()).as("percent as a fraction").isEqualTo(0.125);
            assertThat(DateUtil.isCellDateFormatted(row.getCell(4))).isTrue();
            assertThat(row.getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2027, 3, 31));
            assertThat(row.getCell(5).getBooleanCellValue()).isTrue();
            assertThat(row.getCell(6).getStringCellValue()).isEqualTo("A级");
            assertThat(row.getCell(7).getStringCellValue()).isEqualTo("A级, B级");
        }
    }

    private void add(String key, FieldType type, List<SelectOption> options) {
        fields.addField(new NewField(key, type, FieldSettings.of(key, key, Section.VALUE).withOptions(options)));
    }

    @Test
    void everyExportIsAudited() {
        runAs.call(company.admin(), () -> export(new CustomerQuery("王", Map.of(), List.of())));
        assertThat(jdbc.auditActions(company.slug())).last().isEqualTo("EXPORT Customer");
        assertThat(jdbc.latestChanges(company.slug())).contains("search: ∅ -> 王");
    }

    private byte[] export(CustomerQuery query) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(query, COLUMNS, ZoneId.of("Asia/Shanghai"), Locale.SIMPLIFIED_CHINESE, out);
        return out.toByteArray();
    }

    private static List<List<String>> read(byte[] file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < COLUMNS.size(); i++) {
                    Cell cell = row.getCell(i);
                    cells.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                            ? String.valueOf(cell.getNumericCellValue()) : cell.getStringCellValue());
                }
                rows.add(cells);
            }
            return rows;
        }
    }
}
