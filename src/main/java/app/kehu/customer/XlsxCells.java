package app.kehu.customer;

import app.kehu.fields.FieldDefinition;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes customer values as typed spreadsheet cells. Text that a spreadsheet would read as a formula
 * (=, +, -, @, tab, carriage return first) is stored quote-prefixed, so opening an export never runs a
 * formula someone typed into a customer record.
 */
final class XlsxCells {

    private final CellStyle dateTime;
    private final CellStyle quoted;
    private final ZoneId zone;
    private final Map<Long, String> userNames;

    XlsxCells(Workbook workbook, ZoneId zone, Map<Long, String> userNames) {
        this.zone = zone;
        this.userNames = userNames;
        dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
        quoted = workbook.createCellStyle();
        quoted.setQuotePrefixed(true);
    }

    void write(Cell cell, FieldDefinition field, Object value) {
        if (value == null) {
            return;
        }
        switch (field.type()) {
            case DATETIME -> {
                cell.setCellValue(LocalDateTime.ofInstant((Instant) value, zone));
                cell.setCellStyle(dateTime);
            }
            case USER -> text(cell, userNames.getOrDefault((Long) value, "#" + value));
            case TAGS -> text(cell, ((Collection<?>) value).stream().map(Object::toString)
                    .collect(Collectors.joining(", ")));
            default -> text(cell, value.toString());
        }
    }

    void text(Cell cell, String text) {
        cell.setCellValue(text);
        if (looksLikeFormula(text)) {
            cell.setCellStyle(quoted);
        }
    }

    static boolean looksLikeFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }
}
