package app.kehu.activity;

import app.kehu.tenancy.TenantRef;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * SQL for the behaviour tables, always qualified with the tenant's schema (ADR 0005). Does no authorisation or
 * validation; {@link ActivityService} does.
 */
@Repository
class BehaviourStore {

    private final NamedParameterJdbcTemplate jdbc;

    BehaviourStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(TenantRef tenant, long customerId, long userId, NewEntry entry) {
        MapSqlParameterSource params = new MapSqlParameterSource("customerId", customerId).addValue("userId", userId);
        String sql = switch (entry) {
            case NewEntry.Interaction i -> {
                params.addValue("occurredAt", Timestamp.from(i.occurredAt())).addValue("channel", i.channel().name())
                        .addValue("summary", i.summary());
                yield "(customer_id, user_id, occurred_at, channel, summary) VALUES (:customerId, :userId, "
                        + ":occurredAt, :channel, :summary)";
            }
            case NewEntry.Purchase p -> {
                params.addValue("on", p.purchasedOn()).addValue("amount", p.amount()).addValue("product", p.product())
                        .addValue("channel", p.channel());
                yield "(customer_id, user_id, purchased_on, amount, product, channel) VALUES (:customerId, :userId, "
                        + ":on, :amount, :product, :channel)";
            }
            case NewEntry.Feedback f -> {
                params.addValue("on", f.receivedOn()).addValue("satisfaction", f.satisfaction())
                        .addValue("comment", f.comment());
                yield "(customer_id, user_id, received_on, satisfaction, comment) VALUES (:customerId, :userId, :on, "
                        + ":satisfaction, :comment)";
            }
            case NewEntry.ServiceRequest s -> {
                params.addValue("on", s.openedOn()).addValue("topic", s.topic());
                yield "(customer_id, user_id, opened_on, topic) VALUES (:customerId, :userId, :on, :topic)";
            }
            case NewEntry.Campaign c -> {
                params.addValue("campaign", c.campaign()).addValue("on", c.participatedOn())
                        .addValue("responded", c.responded());
                yield "(customer_id, user_id, campaign, participated_on, responded) VALUES (:customerId, :userId, "
                        + ":campaign, :on, :responded)";
            }
        };
        return jdbc.queryForObject("INSERT INTO " + tenant.table(entry.kind().table()) + " " + sql
                + " RETURNING id", params, Long.class);
    }

    /** The customer an entry belongs to, if the entry exists. */
    Optional<Long> customerOf(TenantRef tenant, EntryKind kind, long id) {
        return jdbc.queryForList("SELECT customer_id FROM " + tenant.table(kind.table()) + " WHERE id = :id",
                new MapSqlParameterSource("id", id), Long.class).stream().findFirst();
    }

    boolean delete(TenantRef tenant, EntryKind kind, long id) {
        return jdbc.update("DELETE FROM " + tenant.table(kind.table()) + " WHERE id = :id",
                new MapSqlParameterSource("id", id)) == 1;
    }

    /** Closes an open request; false if it was closed already. */
    boolean close(TenantRef tenant, long requestId, LocalDate closedOn) {
        return jdbc.update("UPDATE " + tenant.table("service_request") + " SET closed_on = :closedOn WHERE id = :id "
                + "AND closed_on IS NULL", new MapSqlParameterSource("id", requestId).addValue("closedOn", closedOn)) == 1;
    }

    Optional<TimelineEntry.ServiceRequest> serviceRequest(TenantRef tenant, long requestId) {
        return jdbc.query("SELECT id, opened_on, closed_on, topic FROM " + tenant.table("service_request")
                + " WHERE id = :id", new MapSqlParameterSource("id", requestId),
                (rs, row) -> new TimelineEntry.ServiceRequest(rs.getLong("id"), date(rs, "opened_on"),
                        date(rs, "closed_on"), rs.getString("topic"), null)).stream().findFirst();
    }

    /**
     * Every entry of the customer as one row shape: the columns a kind does not have are null. Sorted by the
     * caller, which knows the zone that turns an interaction's time into its day.
     */
    List<Row> timeline(TenantRef tenant, long customerId) {
        String sql = """
                SELECT 'INTERACTION' AS kind, id, NULL::date AS day, occurred_at AS at, channel, summary AS text,
                    NULL::numeric AS amount, NULL::int AS score, NULL::date AS closed_on, NULL::boolean AS responded,
                    user_id, created_at FROM %s WHERE customer_id = :id
                UNION ALL SELECT 'PURCHASE', id, purchased_on, NULL, channel, product, amount, NULL, NULL, NULL,
                    user_id, created_at FROM %s WHERE customer_id = :id
                UNION ALL SELECT 'FEEDBACK', id, received_on, NULL, NULL, comment, NULL, satisfaction, NULL, NULL,
                    user_id, created_at FROM %s WHERE customer_id = :id
                UNION ALL SELECT 'SERVICE_REQUEST', id, opened_on, NULL, NULL, topic, NULL, NULL, closed_on, NULL,
                    user_id, created_at FROM %s WHERE customer_id = :id
                UNION ALL SELECT 'CAMPAIGN', id, participated_on, NULL, NULL, campaign, NULL, NULL, NULL, responded,
                    user_id, created_at FROM %s WHERE customer_id = :id
                """.formatted(tenant.table("interaction"), tenant.table("purchase"), tenant.table("feedback"),
                tenant.table("service_request"), tenant.table("campaign_participation"));
        return jdbc.query(sql, new MapSqlParameterSource("id", customerId), (rs, row) -> new Row(
                EntryKind.valueOf(rs.getString("kind")), rs.getLong("id"), date(rs, "day"), instant(rs, "at"),
                rs.getString("channel"), rs.getString("text"), rs.getBigDecimal("amount"),
                rs.getObject("score", Integer.class), date(rs, "closed_on"), rs.getObject("responded", Boolean.class),
                rs.getObject("user_id", Long.class), instant(rs, "created_at")));
    }

    /** A timeline row as read; {@code day} is null for interactions, whose day depends on the zone. */
    record Row(EntryKind kind, long id, LocalDate day, Instant at, String channel, String text,
            BigDecimal amount, Integer score, LocalDate closedOn, Boolean responded, Long userId,
            Instant createdAt) {
    }

    Optional<Aggregates> aggregates(TenantRef tenant, long customerId, LocalDate today, ZoneId zone) {
        return jdbc.query("SELECT annual_contribution, purchase_count_12m, first_purchase_on, last_purchase_on, "
                + "last_contact_at, avg_satisfaction, campaign_response_rate, open_service_requests, lifecycle_stage, "
                + "next_follow_up_on FROM " + tenant.table("customer") + " WHERE id = :id",
                new MapSqlParameterSource("id", customerId), (rs, row) -> {
                    Instant lastContact = instant(rs, "last_contact_at");
                    Long days = lastContact == null ? null
                            : ChronoUnit.DAYS.between(lastContact.atZone(zone).toLocalDate(), today);
                    return new Aggregates(rs.getBigDecimal("annual_contribution"), rs.getLong("purchase_count_12m"),
                            date(rs, "first_purchase_on"), date(rs, "last_purchase_on"), lastContact, days,
                            rs.getBigDecimal("avg_satisfaction"), rs.getBigDecimal("campaign_response_rate"),
                            rs.getLong("open_service_requests"), LifecycleStage.of(rs.getString("lifecycle_stage")),
                            date(rs, "next_follow_up_on"), Set.of());
                }).stream().findFirst();
    }

    /** Customers of the owner whose follow-up is due by {@code today}, the longest overdue first. */
    List<DueRow> dueFollowUps(TenantRef tenant, long ownerId, LocalDate today) {
        return jdbc.query("SELECT id, name, owner_id, next_follow_up_on, last_contact_at FROM "
                + tenant.table("customer") + " WHERE owner_id = :owner AND next_follow_up_on <= :today "
                + "ORDER BY next_follow_up_on, name, id", new MapSqlParameterSource("owner", ownerId)
                .addValue("today", today), (rs, row) -> new DueRow(rs.getLong("id"), rs.getString("name"),
                rs.getLong("owner_id"), date(rs, "next_follow_up_on"), instant(rs, "last_contact_at")));
    }

    record DueRow(long id, String name, long ownerId, LocalDate dueOn, Instant lastContactAt) {
    }

    /**
     * Customers neither edited nor contacted since {@code cutoff}, of one owner or (null) of all, the longest
     * untouched first.
     */
    List<StaleRow> stale(TenantRef tenant, Instant cutoff, Long ownerOnly, int offset, int limit) {
        return jdbc.query("SELECT id, name, owner_id, greatest(updated_at, last_contact_at) AS touched FROM "
                + tenant.table("customer") + staleWhere(ownerOnly) + " ORDER BY touched, id LIMIT :limit OFFSET :offset",
                staleParams(cutoff, ownerOnly).addValue("limit", limit).addValue("offset", offset),
                (rs, row) -> new StaleRow(rs.getLong("id"), rs.getString("name"), rs.getObject("owner_id", Long.class),
                        instant(rs, "touched")));
    }

    long countStale(TenantRef tenant, Instant cutoff, Long ownerOnly) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM " + tenant.table("customer") + staleWhere(ownerOnly),
                staleParams(cutoff, ownerOnly), Long.class);
        return count == null ? 0 : count;
    }

    record StaleRow(long id, String name, Long ownerId, Instant touchedAt) {
    }

    private static String staleWhere(Long ownerOnly) {
        return " WHERE greatest(updated_at, last_contact_at) < :cutoff" + (ownerOnly == null ? "" : " AND owner_id = :owner");
    }

    private static MapSqlParameterSource staleParams(Instant cutoff, Long ownerOnly) {
        return new MapSqlParameterSource("cutoff", Timestamp.from(cutoff)).addValue("owner", ownerOnly);
    }

    ActivitySettings settings(TenantRef tenant) {
        return jdbc.queryForObject("SELECT new_days, active_days, churn_days, review_days, version FROM "
                + tenant.table("activity_settings"), new MapSqlParameterSource(), (rs, row) -> new ActivitySettings(
                rs.getInt("new_days"), rs.getInt("active_days"), rs.getInt("churn_days"), rs.getInt("review_days"),
                rs.getLong("version")));
    }

    /** Saves the settings if they are still at {@code settings.version()}; false if someone saved in between. */
    boolean updateSettings(TenantRef tenant, ActivitySettings settings) {
        return jdbc.update("UPDATE " + tenant.table("activity_settings") + " SET new_days = :newDays, active_days = "
                + ":activeDays, churn_days = :churnDays, review_days = :reviewDays, version = version + 1 WHERE "
                + "version = :version", new MapSqlParameterSource("newDays", settings.newDays())
                .addValue("activeDays", settings.activeDays()).addValue("churnDays", settings.churnDays())
                .addValue("reviewDays", settings.reviewDays()).addValue("version", settings.version())) == 1;
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
