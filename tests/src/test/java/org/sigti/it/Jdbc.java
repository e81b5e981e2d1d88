package org.sigti.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * Plain SQL on SIGTI's datasource for in-container tests (add it to the probe): fixtures in, facts out, each
 * statement in its own connection and transaction. For new tests; older ones carry copies of these helpers.
 */
public final class Jdbc {

    private final DataSource db;

    public Jdbc(DataSource db) {
        this.db = db;
    }

    /** The first column of the first row, as text; null without a row. */
    public String text(String sql, Object... args) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = prepared(c, sql, args);
                ResultSet r = s.executeQuery()) {
            return r.next() ? r.getString(1) : null;
        }
    }

    public long count(String sql, Object... args) throws SQLException {
        return Long.parseLong(text(sql, args));
    }

    /** Every row, columns joined by "," and rows ended by ";", to compare states before and after. */
    public String rows(String sql, Object... args) throws SQLException {
        return new Sql(db).rows(sql, args);
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
