package app.kehu.rating;

/** How far the tenant's background recompute has come; {@code running} false once every customer is done. */
public record RecomputeProgress(int version, long done, long total, boolean running) {
}
