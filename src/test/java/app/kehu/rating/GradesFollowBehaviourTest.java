package app.kehu.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import app.kehu.activity.ActivityService;
import app.kehu.activity.NewEntry;
import app.kehu.customer.ColumnFilter;
import app.kehu.customer.CustomerExportService;
import app.kehu.customer.CustomerQuery;
import app.kehu.customer.CustomerQuery.SortKey;
import app.kehu.customer.CustomerService;
import app.kehu.customer.ExportColumn;
import app.kehu.security.Role;
import app.kehu.support.IntegrationTest;
import app.kehu.support.TestTenants.Company;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole way from a salesperson logging purchases to the grade in the grid: the starter rules grade the
 * customer as the purchases come in, and grade, score and stage filter, sort and export like any field.
 */
class GradesFollowBehaviourTest extends IntegrationTest {

    @Autowired
    ActivityService activity;
    @Autowired
    CustomerService customers;
    @Autowired
    CustomerExportService exports;
    @Autowired
    RatingService rating;

    Company company;
    String staff;
    long bigBuyer;
    long newcomer;

    @BeforeEach
    void customersOfOneSalesperson() {
        company = tenants.signUp();
        staff = tenants.addUser(company, Role.STAFF);
        runAs.run(staff, () -> {
            bigBuyer = customers.create(Map.of("name", "老客户")).id();
            newcomer = customers.create(Map.of("name", "新客户")).id();
        });
    }

    @Test
    void loggedPurchasesMoveTheGradeAtOnceAndTheHistorySaysWhy() {
        assertThat(gradeOf(bigBuyer)).as("no purchase in 12 months").isEqualTo("D");

        runAs.run(staff, () -> activity.log(bigBuyer, purchase(60_000)));
        assertThat(gradeOf(bigBuyer)).isEqualTo("B");

        runAs.run(staff, () -> activity.log(bigBuyer, purchase(40_000)));
        assertThat(gradeOf(bigBuyer)).as("100,000 in 12 months").isEqualTo("A");
        List<GradeHistoryEntry> history = runAs.call(staff, () -> rating.history(bigBuyer));
        assertThat(history).extracting(GradeHistoryEntry::from, GradeHistoryEntry::to, GradeHistoryEntry::cause)
                .startsWith(tuple("B", "A", GradeCause.BEHAVIOUR_DATA),
                        tuple("D", "B", GradeCause.BEHAVIOUR_DATA));
        assertThat(runAs.call(staff, () -> rating.explain(bigBuyer)).grade()).isEqualTo("A");
    }

    @Test
    void gradeScoreAndStageFilterSortAndExportLikeAnyField() {
        runAs.run(staff, () -> {
            activity.log(bigBuyer, purchase(120_000));
            activity.log(newcomer, purchase(500));
        });

        runAs.run(staff, () -> {
            assertThat(names(Map.of("grade", new ColumnFilter.AnyOf(List.of("A"))), List.of())).containsExactly("老客户");
            assertThat(names(Map.of("lifecycleStage", new ColumnFilter.AnyOf(List.of("new"))),
                    List.of(new SortKey("gradeScore", true)))).containsExactly("新客户", "老客户");
            assertThat(names(Map.of(), List.of(new SortKey("gradeScore", false)))).containsExactly("老客户", "新客户");
        });

        List<String> exported = runAs.call(staff, this::exportGradeColumn);
        assertThat(exported.getFirst()).isEqualTo("客户等级");
        assertThat(exported.subList(1, exported.size())).containsExactlyInAnyOrder("A 重要客户", "C 普通客户");
    }

    private static NewEntry.Purchase purchase(long amount) {
        return new NewEntry.Purchase(LocalDate.now(), BigDecimal.valueOf(amount), "企业版软件年费", null);
    }

    private String gradeOf(long id) {
        return (String) runAs.call(staff, () -> customers.get(id)).get("grade");
    }

    private List<String> names(Map<String, ColumnFilter> filters, List<SortKey> sort) {
        return customers.list(new CustomerQuery(null, filters, sort), 0, 10).stream()
                .map(c -> (String) c.get("name")).toList();
    }

    private List<String> exportGradeColumn() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(CustomerQuery.all(), List.of(new ExportColumn("grade", "客户等级")), ZoneId.of("Asia/Shanghai"),
                Locale.SIMPLIFIED_CHINESE, out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<String> cells = new ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                cells.add(row.getCell(0).getStringCellValue());
            }
            return cells;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
