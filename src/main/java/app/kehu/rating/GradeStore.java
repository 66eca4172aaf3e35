package app.kehu.rating;

import app.kehu.fields.FieldValues;
import app.kehu.fields.SqlIdentifiers;
import app.kehu.tenancy.TenantRef;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The rating's SQL: grades written set-based from {@link SqlRules}, previews, and the rating's own tables
 * (versions, grade history, recompute jobs). Every statement names the tenant's schema; it writes only the
 * grade columns of customers, never their version or updated_at, which belong to user edits.
 */
@Repository
class GradeStore {

    private final NamedParameterJdbcTemplate jdbc;

    GradeStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // ---------------------------------------------------------------- grading

    /** Grades the customers with these ids. */
    Graded gradeIds(TenantRef tenant, SqlRules rules, int version, String cause, String actor, Long[] ids) {
        return grade(tenant, rules, version, cause, actor, "c.\"id\" = ANY (:ids)", "",
                new MapSqlParameterSource("ids", ids));
    }

    /** Grades the next customers after {@code afterId}, in id order, at most {@code size} of them. */
    Graded gradeBatch(TenantRef tenant, SqlRules rules, int version, String cause, String actor, long afterId,
            int size) {
        return grade(tenant, rules, version, cause, actor, "c.\"id\" > :afterId", " LIMIT :size",
                new MapSqlParameterSource("afterId", afterId).addValue("size", size));
    }

    /**
     * Writes grade, score and version of each customer together, and a history row for each changed grade, in
     * one statement. The rows are locked as they are read, so a customer edited meanwhile is graded with its
     * committed values (READ COMMITTED re-reads a row that changed under the lock). Rows already carrying this
     * version's result are left alone.
     */
    private Graded grade(TenantRef tenant, SqlRules rules, int version, String cause, String actor, String where,
            String limit, MapSqlParameterSource extra) {
        String customer = tenant.table("customer");
        String sql = "WITH graded AS (SELECT c.\"id\", c.\"grade\" AS old_grade, s.score, " + rules.grade()
                + " AS grade FROM " + rules.scored(customer) + " WHERE " + where + " ORDER BY c.\"id\"" + limit
                + " FOR UPDATE OF c), "
                + "updated AS (UPDATE " + customer + " AS u SET \"grade\" = g.grade, \"grade_score\" = g.score, "
                + "\"grade_version\" = :version FROM graded g WHERE u.\"id\" = g.\"id\" AND (u.\"grade\" IS DISTINCT "
                + "FROM g.grade OR u.\"grade_score\" IS DISTINCT FROM g.score OR u.\"grade_version\" IS DISTINCT FROM "
                + ":version) RETURNING g.\"id\", g.old_grade, g.grade), "
                + "history AS (INSERT INTO " + tenant.table("grade_history") + " (customer_id, from_grade, to_grade, "
                + "version, cause, actor_email) SELECT \"id\", old_grade, grade, :version, :cause, :actor FROM updated "
                + "WHERE old_grade IS DISTINCT FROM grade) "
                + "SELECT count(*) AS n, coalesce(max(\"id\"), 0) AS last FROM graded";
        // A batch's estimated cost can pass the JIT threshold, and compiling the generated expressions costs
        // more than evaluating them for a few thousand rows.
        jdbc.getJdbcTemplate().execute("SET LOCAL jit = off");
        MapSqlParameterSource params = merged(rules.params(), extra).addValue("version", version)
                .addValue("cause", cause).addValue("actor", actor);
        return jdbc.queryForObject(sql, params, (rs, row) -> new Graded(rs.getLong("n"), rs.getLong("last")));
    }

    record Graded(long count, long lastId) {
    }

    // ---------------------------------------------------------------- preview

    /**
     * What the draft would do, in one pass over the customers: how many have each (current, draft) grade pair,
     * and the first changed customers by name. The draft's grade is computed once per customer into a
     * materialised CTE that both parts read. JIT compilation is off for it: compiling the generated expression
     * took longer than evaluating it for a million rows.
     */
    Preview preview(TenantRef tenant, SqlRules draft, String nameColumn, int limit) {
        jdbc.getJdbcTemplate().execute("SET LOCAL jit = off");
        String sql = "WITH x AS MATERIALIZED (SELECT c.\"id\", c." + SqlIdentifiers.quote(nameColumn) + " AS name, "
                + "coalesce(c.\"grade\", '') AS current_grade, " + draft.grade() + " AS draft_grade FROM "
                + draft.scored(tenant.table("customer")) + ") "
                + "SELECT 0 AS position, current_grade, draft_grade, count(*) AS n, NULL::bigint AS id, NULL AS name "
                + "FROM x GROUP BY current_grade, draft_grade "
                + "UNION ALL (SELECT row_number() OVER (ORDER BY name, \"id\"), current_grade, draft_grade, 0, "
                + "\"id\", name FROM x WHERE current_grade <> draft_grade ORDER BY name, \"id\" LIMIT :limit)";
        Map<List<String>, Long> pairs = new HashMap<>();
        Map<Long, GradePreview.GradeChange> changes = new TreeMap<>();
        jdbc.query(sql, merged(draft.params(), new MapSqlParameterSource("limit", limit)), rs -> {
            String current = rs.getString("current_grade");
            String drafted = rs.getString("draft_grade");
            if (rs.getLong("position") > 0) {
                changes.put(rs.getLong("position"), new GradePreview.GradeChange(rs.getLong("id"), rs.getString("name"),
                        current.isEmpty() ? null : current, drafted));
            } else {
                pairs.put(List.of(current, drafted), rs.getLong("n"));
            }
        });
        return new Preview(pairs, List.copyOf(changes.values()));
    }

    /** Customers per (current grade, draft grade) pair, "" for ungraded, and the first changes by name. */
    record Preview(Map<List<String>, Long> pairs, List<GradePreview.GradeChange> changes) {
    }

    // ---------------------------------------------------------------- customers' values and grades

    /** A customer's values by field key, as the Java evaluator reads them, with its stored grade. */
    Optional<StoredCustomer> customer(TenantRef tenant, List<OperandColumn> columns, long id) {
        String selected = columns.stream().map(c -> SqlIdentifiers.quote(c.column())).distinct()
                .collect(Collectors.joining(", "));
        return jdbc.query("SELECT \"id\", \"grade\", \"grade_score\", \"grade_version\", \"grade_override\""
                + (selected.isEmpty() ? "" : ", " + selected) + " FROM " + tenant.table("customer")
                + " WHERE \"id\" = :id", new MapSqlParameterSource("id", id), (rs, row) -> {
                    Map<String, Object> values = new LinkedHashMap<>();
                    for (OperandColumn column : columns) {
                        values.put(column.key(), FieldValues.read(rs, column.column(), column.type()));
                    }
                    return new StoredCustomer(rs.getLong("id"), values, rs.getString("grade"),
                            rs.getBigDecimal("grade_score"), (Integer) rs.getObject("grade_version"),
                            rs.getString("grade_override"));
                }).stream().findFirst();
    }

    record StoredCustomer(long id, Map<String, Object> values, String grade, BigDecimal score,
            Integer version, String manualGrade) {
    }

    /** Sets or clears the manual grade; returns the one before, or empty if the customer does not exist. */
    Optional<Optional<String>> setManualGrade(TenantRef tenant, long id, String grade) {
        List<String> before = jdbc.query("WITH old AS (SELECT \"id\", \"grade_override\" FROM "
                + tenant.table("customer") + " WHERE \"id\" = :id FOR UPDATE) UPDATE " + tenant.table("customer")
                + " AS c SET \"grade_override\" = :grade FROM old WHERE c.\"id\" = old.\"id\" "
                + "RETURNING old.\"grade_override\"", new MapSqlParameterSource("id", id).addValue("grade", grade),
                (rs, row) -> rs.getString(1));
        return before.isEmpty() ? Optional.empty() : Optional.of(Optional.ofNullable(before.getFirst()));
    }

    List<GradeHistoryEntry> history(TenantRef tenant, long customerId) {
        return jdbc.query("SELECT changed_at, from_grade, to_grade, version, cause, actor_email FROM "
                + tenant.table("grade_history") + " WHERE customer_id = :id ORDER BY changed_at DESC, id DESC",
                new MapSqlParameterSource("id", customerId), (rs, row) -> new GradeHistoryEntry(
                        rs.getTimestamp("changed_at").toInstant(), rs.getString("from_grade"),
                        rs.getString("to_grade"), (Integer) rs.getObject("version"), rs.getString("cause"),
                        rs.getString("actor_email")));
    }

    // ---------------------------------------------------------------- versions

    Optional<Integer> currentVersion(TenantRef tenant) {
        return Optional.ofNullable(jdbc.getJdbcTemplate().queryForObject("SELECT max(number) FROM "
                + tenant.table("rule_set_version"), Integer.class));
    }

    Optional<StoredVersion> version(TenantRef tenant, int number) {
        return jdbc.query(selectVersions(tenant) + " WHERE number = :number",
                new MapSqlParameterSource("number", number), GradeStore::storedVersion).stream().findFirst();
    }

    List<StoredVersion> versions(TenantRef tenant) {
        return jdbc.query(selectVersions(tenant) + " ORDER BY number DESC", GradeStore::storedVersion);
    }

    /** Adds the next version; versions are numbered one after another, so concurrent publishes wait in turn. */
    int addVersion(TenantRef tenant, String rulesJson, String publishedBy, String note, Integer restoredFrom) {
        String table = tenant.table("rule_set_version");
        jdbc.getJdbcTemplate().execute("LOCK TABLE " + table + " IN SHARE ROW EXCLUSIVE MODE");
        Integer number = jdbc.queryForObject("INSERT INTO " + table + " (number, rules, published_by, note, "
                + "restored_from) SELECT coalesce(max(number), 0) + 1, CAST(:rules AS jsonb), :by, :note, "
                + ":restoredFrom FROM " + table + " RETURNING number", new MapSqlParameterSource("rules", rulesJson)
                        .addValue("by", publishedBy).addValue("note", note).addValue("restoredFrom", restoredFrom),
                Integer.class);
        return number == null ? 0 : number;
    }

    private static String selectVersions(TenantRef tenant) {
        return "SELECT number, rules::text AS rules, published_at, published_by, note, restored_from FROM "
                + tenant.table("rule_set_version");
    }

    private static StoredVersion storedVersion(ResultSet rs, int row) throws SQLException {
        return new StoredVersion(rs.getInt("number"), rs.getString("rules"),
                rs.getTimestamp("published_at").toInstant(), rs.getString("published_by"), rs.getString("note"),
                (Integer) rs.getObject("restored_from"));
    }

    record StoredVersion(int number, String rulesJson, Instant publishedAt, String publishedBy,
            String note, Integer restoredFrom) {
    }

    // ---------------------------------------------------------------- recompute jobs

    /** Starts a job for the version, superseding any unfinished one, which stops at its next batch. */
    long addJob(TenantRef tenant, int version, String cause, String actor) {
        String table = tenant.table("recompute_job");
        jdbc.getJdbcTemplate().update("UPDATE " + table + " SET status = 'SUPERSEDED', finished_at = now() "
                + "WHERE status IN ('PENDING', 'RUNNING')");
        Long id = jdbc.queryForObject("INSERT INTO " + table + " (version, cause, status, total, actor_email) "
                + "VALUES (:version, :cause, 'PENDING', (SELECT count(*) FROM " + tenant.table("customer")
                + "), :actor) RETURNING id", new MapSqlParameterSource("version", version).addValue("cause", cause)
                        .addValue("actor", actor), Long.class);
        return id == null ? 0 : id;
    }

    /** The newest unfinished job, locked until the end of the transaction, so one batch runs at a time. */
    Optional<Job> lockUnfinishedJob(TenantRef tenant) {
        return jdbc.query(selectJobs(tenant) + " WHERE status IN ('PENDING', 'RUNNING') ORDER BY id DESC LIMIT 1 "
                + "FOR UPDATE", GradeStore::job).stream().findFirst();
    }

    boolean hasUnfinishedJob(TenantRef tenant) {
        return !jdbc.query(selectJobs(tenant) + " WHERE status IN ('PENDING', 'RUNNING') LIMIT 1", GradeStore::job)
                .isEmpty();
    }

    Optional<Job> latestJob(TenantRef tenant) {
        return jdbc.query(selectJobs(tenant) + " ORDER BY id DESC LIMIT 1", GradeStore::job).stream().findFirst();
    }

    void advanceJob(TenantRef tenant, long jobId, Graded batch) {
        jdbc.update("UPDATE " + tenant.table("recompute_job") + " SET status = 'RUNNING', done = done + :count, "
                + "total = greatest(total, done + :count), last_customer_id = :last WHERE id = :id",
                new MapSqlParameterSource("count", batch.count()).addValue("last", batch.lastId())
                        .addValue("id", jobId));
    }

    void finishJob(TenantRef tenant, long jobId) {
        jdbc.update("UPDATE " + tenant.table("recompute_job") + " SET status = 'DONE', total = done, "
                + "finished_at = now() WHERE id = :id", new MapSqlParameterSource("id", jobId));
    }

    private static String selectJobs(TenantRef tenant) {
        return "SELECT id, version, cause, status, done, total, last_customer_id, actor_email FROM "
                + tenant.table("recompute_job");
    }

    private static Job job(ResultSet rs, int row) throws SQLException {
        return new Job(rs.getLong("id"), rs.getInt("version"), rs.getString("cause"), rs.getString("status"),
                rs.getLong("done"), rs.getLong("total"), rs.getLong("last_customer_id"), rs.getString("actor_email"));
    }

    record Job(long id, int version, String cause, String status, long done, long total, long lastCustomerId,
            String actor) {

        boolean unfinished() {
            return "PENDING".equals(status) || "RUNNING".equals(status);
        }
    }

    private static MapSqlParameterSource merged(MapSqlParameterSource first, MapSqlParameterSource second) {
        MapSqlParameterSource merged = new MapSqlParameterSource(first.getValues());
        second.getValues().forEach(merged::addValue);
        return merged;
    }
}
