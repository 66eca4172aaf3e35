package app.kehu.activity;

/** How staff were in touch with a customer. */
public enum Channel {
    CALL, VISIT, EMAIL, WECHAT, MEETING, OTHER;

    /** The translation key of the channel's name. */
    public String labelKey() {
        return "activity.channel." + name().toLowerCase();
    }
}
