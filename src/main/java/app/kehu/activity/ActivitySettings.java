package app.kehu.activity;

/**
 * The admin's windows, in days: a customer is new while the first purchase is at most {@code newDays} old,
 * active while the last one is at most {@code activeDays} old, at risk up to {@code churnDays}, churned after.
 * Customers neither edited nor contacted for {@code reviewDays} are up for review.
 */
public record ActivitySettings(int newDays, int activeDays, int churnDays, int reviewDays, long version) {
}
