package app.kehu.customer;

import app.kehu.audit.AuditAction;
import app.kehu.audit.AuditService;
import app.kehu.audit.FieldChange;
import app.kehu.common.Access;
import app.kehu.fields.FieldDefinition;
import app.kehu.fields.FieldPermissionService;
import app.kehu.fields.FieldPermissions;
import app.kehu.fields.FieldRegistry;
import app.kehu.fields.FieldSet;
import app.kehu.security.CurrentUser;
import app.kehu.security.KehuUser;
import app.kehu.security.UserService;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports the grid's current view (its search, filters, sort and columns) to .xlsx, as the signed-in user
 * sees it. Rows stream from a database cursor into a streaming workbook that keeps only a window of rows in
 * memory, so the size of an export is bounded by disk, not heap. Every export is audited.
 *
 * <p>Export lives with the grid rather than in {@code importing/}: it is the grid's view that is exported, and
 * the grid's view talks to its own feature's services only.
 */
@Service
public class CustomerExportService {

    private static final int ROWS_IN_MEMORY = 100;

    private final CustomerStore store;
    private final FieldRegistry fields;
    private final UserService users;
    private final AuditService audit;
    private final FieldPermissionService permissions;

    CustomerExportService(CustomerStore store, FieldRegistry fields, UserService users, AuditService audit,
            FieldPermissionService permissions) {
        this.store = store;
        this.fields = fields;
        this.users = users;
        this.audit = audit;
        this.permissions = permissions;
    }

    /**
     * Writes the workbook to {@code out} and returns the number of customers in it. Columns the user may not
     * see are left out (hidden fields are not even selected), masked ones are written masked; filters on them
     * are refused, as in the grid.
     */
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional
    public long export(CustomerQuery query, List<ExportColumn> columns, ZoneId zone, Locale locale,
            OutputStream out) {
        KehuUser user = CurrentUser.require();
        FieldSet set = fields.snapshot(user.tenant());
        FieldPermissions mine = permissions.permissionsFor(user.role());
        FieldSet seen = mine.seen(set);
        CustomerQuery checked = CustomerService.checked(set, mine, query);
        List<ExportColumn> shown = columns.stream().filter(c -> mine.visible(set.require(c.field()))).toList();
        List<FieldDefinition> chosen = shown.stream().map(c -> seen.require(c.field())).toList();
        long[] rows = {0};
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            workbook.setCompressTempFiles(true);
            XlsxCells cells = new XlsxCells(workbook, zone, locale, users.directory());
            Sheet sheet = workbook.createSheet("Customers");
            Row header = sheet.createRow(0);
            for (int i = 0; i < shown.size(); i++) {
                cells.text(header.createCell(i), shown.get(i).header());
            }
            sheet.createFreezePane(0, 1);
            store.forEach(user.tenant(), seen, checked, CustomerService.ownerRestriction(user), customer -> {
                Row row = sheet.createRow((int) ++rows[0]);
                Map<String, Object> values = mine.present(seen, customer.values());
                for (int i = 0; i < chosen.size(); i++) {
                    cells.write(row.createCell(i), chosen.get(i), values.get(chosen.get(i).key()));
                }
            });
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Export could not be written", e);
        }
        audit.record(AuditAction.EXPORT, CustomerService.ENTITY, null, rows[0] + " rows", describe(query, shown));
        return rows[0];
    }

    /** What was exported, for the audit log: the search, each filter and the columns. */
    private static List<FieldChange> describe(CustomerQuery query, List<ExportColumn> columns) {
        List<FieldChange> what = new ArrayList<>();
        if (query.search() != null && !query.search().isBlank()) {
            what.add(new FieldChange("search", null, query.search()));
        }
        query.filters().forEach((field, filter) -> what.add(new FieldChange(field, null, filter.toString())));
        what.add(new FieldChange("columns", null,
                String.join(", ", columns.stream().map(ExportColumn::field).toList())));
        return what;
    }
}
