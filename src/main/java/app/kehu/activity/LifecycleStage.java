package app.kehu.activity;

/** Where a customer stands, derived from purchases with the windows of {@link ActivitySettings}. */
public enum LifecycleStage {
    PROSPECT, NEW, ACTIVE, AT_RISK, CHURNED, WON_BACK;

    /** The value stored in customer.lifecycle_stage, which is also the field option's value. */
    public String value() {
        return name().toLowerCase();
    }

    public static LifecycleStage of(String value) {
        return valueOf(value.toUpperCase());
    }

    public String labelKey() {
        return "activity.stage." + value();
    }
}
