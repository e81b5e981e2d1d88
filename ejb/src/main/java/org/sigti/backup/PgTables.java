package org.sigti.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.sigti.db.SqlIdentifier;

/** The key tables of a database and their row counts, read through a JDBC connection the caller holds. */
public final class PgTables {

    /** A comma- or space-separated list of {@code table} or {@code schema.table}. */
    public static final Pattern KEY_TABLES = Pattern.compile("^\\s*[A-Za-z_][A-Za-z0-9_$]*(\\.[A-Za-z_][A-Za-z0-9_$]*)?"
            + "(\\s*[,\\s]\\s*[A-Za-z_][A-Za-z0-9_$]*(\\.[A-Za-z_][A-Za-z0-9_$]*)?)*\\s*$");

    private static final String USER_TABLES = "select n.nspname, c.relname from pg_class c"
            + " join pg_namespace n on n.oid = c.relnamespace where c.relkind in ('r', 'p')"
            + " and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_toast%'"
            + " and n.nspname not like 'pg\\_temp%' order by 1, 2";

    private PgTables() {
    }

    /** The configured key tables ("schema.table"; a bare name is in public), or all user tables when blank. */
    public static List<String> keyTables(Connection connection, String configured) throws SQLException {
        List<String> tables = new ArrayList<>();
        if (configured != null && !configured.isBlank()) {
            for (String name : configured.strip().split("[,\\s]+")) {
                tables.add(name.contains(".") ? name : "public." + name);
            }
            return tables;
        }
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(USER_TABLES)) {
            while (r.next()) {
                tables.add(r.getString(1) + "." + r.getString(2));
            }
        }
        return tables;
    }

    /** Rows per table; a table that does not exist makes it fail (at dump time the list must be right). */
    public static Map<String, Long> count(Connection connection, List<String> tables) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : tables) {
            counts.put(table, countOne(connection, table));
        }
        return counts;
    }

    /** Rows per table; null for a table missing from this database (the restore's side of the comparison). */
    public static Map<String, Long> countPresent(Connection connection, Iterable<String> tables) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : tables) {
            counts.put(table, exists(connection, table) ? countOne(connection, table) : null);
        }
        return counts;
    }

    public static long databaseSize(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("select pg_database_size(current_database())")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        String[] parts = split(table);
        try (PreparedStatement s = connection.prepareStatement("select 1 from pg_class c join pg_namespace n"
                + " on n.oid = c.relnamespace where n.nspname = ? and c.relname = ?")) {
            s.setString(1, parts[0]);
            s.setString(2, parts[1]);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    private static long countOne(Connection connection, String table) throws SQLException {
        String[] parts = split(table);
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("select count(*) from " + SqlIdentifier.quote(parts[0]) + "."
                        + SqlIdentifier.quote(parts[1]))) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String[] split(String table) {
        int dot = table.indexOf('.');
        return new String[] {table.substring(0, dot), table.substring(dot + 1)};
    }
}
