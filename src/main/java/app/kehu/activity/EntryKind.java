package app.kehu.activity;

/** The kinds of behaviour records, with the table each lives in and the entity name the audit log uses. */
public enum EntryKind {
    INTERACTION("interaction", "Interaction"),
    PURCHASE("purchase", "Purchase"),
    FEEDBACK("feedback", "Feedback"),
    SERVICE_REQUEST("service_request", "ServiceRequest"),
    CAMPAIGN("campaign_participation", "CampaignParticipation");

    private final String table;
    private final String auditEntity;

    EntryKind(String table, String auditEntity) {
        this.table = table;
        this.auditEntity = auditEntity;
    }

    String table() {
        return table;
    }

    public String auditEntity() {
        return auditEntity;
    }

    /** The translation key of the kind's name. */
    public String labelKey() {
        return "activity.kind." + name().toLowerCase();
    }
}
