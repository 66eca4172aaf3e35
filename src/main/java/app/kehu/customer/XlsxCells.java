package app.kehu.customer;

import app.kehu.fields.FieldDefinition;
import app.kehu.fields.FieldValues;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Locale;
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
    private final CellStyle date;
    private final CellStyle money;
    private final CellStyle percent;
    private final CellStyle quoted;
    private final ZoneId zone;
    private final Locale locale;
    private final Map<Long, String> userNames;

    XlsxCells(Workbook workbook, ZoneId zone, Locale locale, Map<Long, String> userNames) {
        this.zone = zone;
        this.locale = locale;
        this.userNames = userNames;
        dateTime = format(workbook, "yyyy-mm-dd hh:mm");
        date = format(workbook, "yyyy-mm-dd");
        money = format(workbook, "#,##0.00");
        percent = format(workbook, "0.00%");
        quoted = workbook.createCellStyle();
        quoted.setQuotePrefixed(true);
    }

    private static CellStyle format(Workbook workbook, String pattern) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
        return style;
    }

    void write(Cell cell, FieldDefinition field, Object value) {
        if (value == null) {
            return;
        }
        switch (field.type()) {
            case DATETIME -> styled(cell, dateTime).setCellValue(LocalDateTime.ofInstant((Instant) value, zone));
            case DATE -> styled(cell, date).setCellValue((LocalDate) value);
            case INTEGER -> cell.setCellValue(((Number) value).doubleValue());
            case DECIMAL -> cell.setCellValue(((BigDecimal) value).doubleValue());
            case MONEY -> styled(cell, money).setCellValue(((BigDecimal) value).doubleValue());
            // Stored as a percentage (12.5 means 12.5 %); a spreadsheet's percent format expects a fraction.
            case PERCENT -> styled(cell, percent).setCellValue(((BigDecimal) value).doubleValue() / 100);
            case BOOLEAN -> cell.setCellValue((Boolean) value);
            case USER -> text(cell, userNames.getOrDefault((Long) value, "#" + value));
            case SINGLE_SELECT -> text(cell, optionLabel(field, value.toString()));
            case MULTI_SELECT -> text(cell, ((Collection<?>) value).stream()
                    .map(v -> optionLabel(field, v.toString())).collect(Collectors.joining(", ")));
            default -> text(cell, FieldValues.toText(value));
        }
    }

    private static Cell styled(Cell cell, CellStyle style) {
        cell.setCellStyle(style);
        return cell;
    }

    private String optionLabel(FieldDefinition field, String value) {
        return field.option(value).map(option -> option.label(locale)).orElse(value);
    }

    void text(Cell cell, String text) {
        if (text == null) {
            return;
        }
        cell.setCellValue(text);
        if (looksLikeFormula(text)) {
            cell.setCellStyle(quoted);
        }
    }

    static boolean looksLikeFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }
}
