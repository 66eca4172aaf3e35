package app.kehu.rating;

/** What made a grade change, as grade history and recompute jobs record it; the UI translates "rating.cause.*". */
final class GradeCause {

    static final String PUBLISH = "publish";
    static final String RESTORE = "restore";
    static final String CUSTOMER_EDIT = "customer-edit";
    static final String BEHAVIOUR_DATA = "behaviour-data";
    static final String DAILY_REFRESH = "daily-refresh";
    static final String MANUAL = "manual";

    private GradeCause() {
    }
}
