package org.sigti.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Every row of SIGTI's database, summed up table by table: the row count and a digest of the rows' whole content, read
 * from the test's side as the schema's owner (the suite's PostgreSQL, SIGTI_DB_URL / SIGTI_DB_OWNER). Two equal
 * fingerprints mean no row was inserted, changed or removed in between, save in the tables SIGTI writes on its own
 * whatever people do ({@link #WRITTEN_BY_SIGTI_ITSELF}), where only what a person's request may write counts.
 */
public final class DatabaseFingerprint {

    /** The cases SIGTI's clock opened (CaseEngine.startBySystem: its requester is SIGTI itself, "sigti"). */
    private static final String CLOCK_CASES = "(select id from work_case where requester_username = 'sigti')";

    /**
     * What SIGTI writes on its own, whatever people do, table by table: the rows still compared (a SQL condition;
     * "false": none) and the columns left out of the digest. Everything else is compared whole.
     */
    private static final Map<String, Rule> WRITTEN_BY_SIGTI_ITSELF = Map.ofEntries(
            // an audit record, not a change of data: refusals (a forged id, a denied page), secrets read, and the
            // logins the Keycloak event timer imports are recorded on purpose
            Map.entry("security_event", new Rule("false")),
            // the Keycloak event timer's cursor moves every few seconds
            Map.entry("keycloak_event_cursor", new Rule("false")),
            // the mail sweep (every 30 s) marks messages sent or retried: a new message still adds a row
            Map.entry("mail_outbox", Rule.COUNTED),
            // each login refreshes the person's profile (name, unit, roles, last login): logins happen before
            Map.entry("user_profile", Rule.COUNTED),
            // every case takes a number, the clock's too; a person's case shows in work_case
            Map.entry("number_counter", Rule.COUNTED),
            // the head of each ledger follows its entries, compared one by one in trail_entry
            Map.entry("trail_ledger", Rule.COUNTED),
            // the clock's cases (an access review due, a semester plan, an expiry alert, start-up catch-ups) and
            // the service-level sweep (every 5 min), which records breaches as SIGTI's events and flags the case
            Map.entry("work_case", new Rule("requester_username <> 'sigti'", "response_breached",
                    "resolution_breached", "version")),
            Map.entry("case_event", new Rule("actor_username <> 'sigti'")),
            // a backup schedule's timer (the restart tests' fires every few seconds) plans its next task, escalates
            // and marks runs missed: rows of the clock, whether or not a case of the clock goes with them yet
            Map.entry("backup_task", new Rule("false")),
            // the chain: the security events' entries grow with them, the clock's case events with those
            Map.entry("trail_entry", new Rule("ledger <> 'security_event' and not (ledger = 'case_event' and"
                    + " record_id in (select id from case_event where actor_username = 'sigti'))")));

    /**
     * Of any other table with a case_id (work items, fields, access reviews, backup tasks and copies, expiry alerts,
     * semester plan items), the rows of the clock's cases are its own doing, not a person's.
     */
    private static final Rule OF_PEOPLES_CASES = new Rule("case_id is null or case_id not in " + CLOCK_CASES);

    /** Which rows of a table are compared ({@code where}), and which columns are left out of their digest. */
    private record Rule(String where, String... clockColumns) {

        /** Rows counted, their content not compared. */
        static final Rule COUNTED = new Rule("true", "*");

        static final Rule WHOLE = new Rule("true");

        String digest() {
            if (List.of(clockColumns).contains("*")) {
                return "''";
            }
            String row = clockColumns.length == 0 ? "t::text"
                    : "(to_jsonb(t) - array['" + String.join("', '", clockColumns) + "'])::text";
            return "md5(coalesce(string_agg(" + row + ", '\n' order by " + row + "), ''))";
        }
    }

    private final Map<String, String> tables;

    private DatabaseFingerprint(Map<String, String> tables) {
        this.tables = tables;
    }

    /** The database as it is now. */
    public static DatabaseFingerprint now() {
        try (Connection db = owner();
                Statement sql = db.createStatement()) {
            List<String> names = new ArrayList<>();
            // SIGTI's tables, the ones its migrations made as the owner: not WildFly's timer store (jboss_ejb_timer,
            // which the container creates as the runtime account and rewrites at every timeout)
            try (ResultSet rows = sql.executeQuery("select tablename from pg_tables where schemaname ="
                    + " current_schema() and tableowner = current_user order by tablename")) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            List<String> ofCases = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("select table_name from information_schema.columns where"
                    + " table_schema = current_schema() and column_name = 'case_id'")) {
                while (rows.next()) {
                    ofCases.add(rows.getString(1));
                }
            }
            Map<String, String> tables = new TreeMap<>();
            for (String table : names) {
                Rule rule = WRITTEN_BY_SIGTI_ITSELF.getOrDefault(table,
                        ofCases.contains(table) ? OF_PEOPLES_CASES : Rule.WHOLE);
                try (ResultSet row = sql.executeQuery("select count(*) || ' ' || " + rule.digest() + " from \""
                        + table + "\" t where " + rule.where())) {
                    row.next();
                    tables.put(table, row.getString(1));
                }
            }
            return new DatabaseFingerprint(tables);
        } catch (SQLException e) {
            throw new IllegalStateException("SIGTI's database, read as its owner", e);
        }
    }

    /** The tables whose rows differ from {@code before}'s, with both summaries; empty if none. */
    public String changedSince(DatabaseFingerprint before) {
        return tables.keySet().stream().filter(t -> !Objects.equals(tables.get(t), before.tables.get(t)))
                .map(t -> t + " (" + before.tables.get(t) + " → " + tables.get(t) + ")")
                .collect(Collectors.joining(", "));
    }

    /** How many tables it covers. */
    public int size() {
        return tables.size();
    }

    private static Connection owner() throws SQLException {
        return DriverManager.getConnection(System.getenv("SIGTI_DB_URL"), System.getenv("SIGTI_DB_OWNER"),
                System.getenv("SIGTI_DB_OWNER_PASSWORD"));
    }

    /** Runs a JDBC query as the owner and answers its first column, row by row. */
    public static List<String> column(String query, Object... parameters) {
        try (Connection db = owner();
                var sql = db.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                sql.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }
}
