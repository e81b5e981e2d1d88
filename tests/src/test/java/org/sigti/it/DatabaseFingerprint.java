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
 * whatever people do ({@link #WRITTEN_BY_SIGTI_ITSELF}), where only the rows a person's request may add count.
 */
public final class DatabaseFingerprint {

    /**
     * Tables SIGTI writes without anyone's request changing data, with why, and the rows of each that are still
     * compared (a SQL condition; "false": none).
     */
    private static final Map<String, String> WRITTEN_BY_SIGTI_ITSELF = Map.of(
            // an audit record, not a change of data: refusals (a forged id, a denied page) are recorded on
            // purpose (MalformedParameters, the access checks), and the Keycloak event timer imports logins
            "security_event", "false",
            // the chain of the ledgers: the security events' chain grows with them; every other ledger is compared
            "trail_entry", "ledger <> 'security_event'",
            "trail_ledger", "ledger <> 'security_event'",
            // the Keycloak event timer's cursor moves every few seconds
            "keycloak_event_cursor", "false",
            // the mail sweep (every 30 s) marks messages sent or retried; a new message would still add a row,
            // which the row count of mail_outbox compares (see COUNTED_ONLY)
            "mail_outbox", "true",
            // the person's profile is refreshed at each login (name, unit, roles from Keycloak), before any crawl
            "user_profile", "true");

    /** Tables of {@link #WRITTEN_BY_SIGTI_ITSELF} whose rows are counted but whose content is not compared. */
    private static final List<String> COUNTED_ONLY = List.of("mail_outbox", "user_profile");

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
            Map<String, String> tables = new TreeMap<>();
            for (String table : names) {
                String where = WRITTEN_BY_SIGTI_ITSELF.getOrDefault(table, "true");
                String digest = COUNTED_ONLY.contains(table) ? "''"
                        : "md5(coalesce(string_agg(t::text, '\n' order by t::text), ''))";
                try (ResultSet row = sql.executeQuery("select count(*) || ' ' || " + digest + " from \"" + table
                        + "\" t where " + where)) {
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
