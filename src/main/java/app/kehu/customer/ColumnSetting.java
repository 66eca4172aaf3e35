package app.kehu.customer;

/** How one column of the grid is shown in a saved view; the width is the grid's CSS width, if known. */
public record ColumnSetting(String key, boolean visible, String width) {
}
