package org.sigti.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * For in-container tests: statements on SIGTI's datasource, each in its own connection (auto-commit), with positional
 * arguments. Add it to the probe WAR next to the test class.
 */
public record Sql(DataSource db) {

    /** The first column of the first row (null for SQL NULL); fails when there is no row. */
    public String text(String sql, Object... args) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = prepared(c, sql, args);
                ResultSet r = s.executeQuery()) {
            assertTrue(r.next(), () -> "no row: " + sql);
            return r.getString(1);
        }
    }

    public long number(String sql, Object... args) throws SQLException {
        return Long.parseLong(text(sql, args));
    }

    /** Every row, columns joined by "," and rows ended by ";" (empty without a row). */
    public String rows(String sql, Object... args) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection c = db.getConnection(); PreparedStatement s = prepared(c, sql, args);
                ResultSet r = s.executeQuery()) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                for (int i = 1; i <= columns; i++) {
                    out.append(r.getString(i)).append(i == columns ? ";" : ",");
                }
            }
        }
        return out.toString();
    }

    public int update(String sql, Object... args) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = prepared(c, sql, args)) {
            return s.executeUpdate();
        }
    }

    private static PreparedStatement prepared(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            s.setObject(i + 1, args[i]);
        }
        return s;
    }
}
