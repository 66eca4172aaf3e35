package app.kehu.customer;

/** A column of an export: the field it shows and its header as the user reads it in the grid. */
public record ExportColumn(String field, String header) {
}
