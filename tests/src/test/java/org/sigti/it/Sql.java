package org.sigti.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/**
 * For in-container tests and fixture servlets: statements on SIGTI's datasource, each in its own connection
 * (auto-commit), with positional arguments. Add it to the probe WAR next to the test class. Tests read and write their
 * fixtures through this class: add a method here rather than a copy in a test. A missing row fails with an
 * {@link AssertionError} (no JUnit needed at run time, so fixture WARs can use it too).
 */
public record Sql(DataSource db) {

    /** The first column of the first row (null for SQL NULL); fails when there is no row. */
    public String text(String sql, Object... args) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = prepared(c, sql, args);
                ResultSet r = s.executeQuery()) {
            if (!r.next()) {
                throw new AssertionError("no row: " + sql);
            }
            return r.getString(1);
        }
    }

    /** The first column of the first row; null for SQL NULL and when there is no row. */
    public String textOrNull(String sql, Object... args) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = prepared(c, sql, args);
                ResultSet r = s.executeQuery()) {
            return r.next() ? r.getString(1) : null;
        }
    }

    /** {@link #text} as a number (a count, an id); fails when there is no row or the value is NULL. */
    public long number(String sql, Object... args) throws SQLException {
        return Long.parseLong(text(sql, args));
    }

    /** The columns of the first row as numbers (SQL NULL as 0), e.g. an id and a version; fails without a row. */
    public long[] numbers(String sql, Object... args) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = prepared(c, sql, args);
                ResultSet r = s.executeQuery()) {
            if (!r.next()) {
                throw new AssertionError("no row: " + sql);
            }
            long[] values = new long[r.getMetaData().getColumnCount()];
            for (int i = 0; i < values.length; i++) {
                values[i] = r.getLong(i + 1);
            }
            return values;
        }
    }

    /** The first column of every row as numbers (SQL NULL as 0), in the query's order; empty without rows. */
    public List<Long> ids(String sql, Object... args) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = prepared(c, sql, args);
                ResultSet r = s.executeQuery()) {
            List<Long> values = new ArrayList<>();
            while (r.next()) {
                values.add(r.getLong(1));
            }
            return values;
        }
    }

    /** Every row, columns joined by "," and rows ended by ";" (SQL NULL as "null"), to compare states. */
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

    /**
     * Every row as its columns' text (SQL NULL as null), in the query's order, at most {@code max} rows: for checks
     * that name each offending row with its evidence.
     */
    public List<String[]> table(int max, String sql, Object... args) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = prepared(c, sql, args)) {
            s.setMaxRows(max);
            try (ResultSet r = s.executeQuery()) {
                int columns = r.getMetaData().getColumnCount();
                List<String[]> rows = new ArrayList<>();
                while (r.next()) {
                    String[] row = new String[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = r.getString(i + 1);
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    /**
     * Makes a person known to SIGTI as a login would (a user_profile in the unit of {@code unitCode}, roles
     * comma separated), unless they already are; {@code id} is far above the ids SIGTI hands out.
     */
    public void knownPerson(long id, String username, String name, String email, String roles, String unitCode)
            throws SQLException {
        knownPerson(id, username, name, email, roles, institutionOf(username, unitCode), unitCode);
    }

    /**
     * The institution of a demo person: the suffix of their user name ({@code solicitante.mindef}), else the
     * institution that has a unit of that code (AGETIC first, the default institution), else AGETIC.
     */
    public String institutionOf(String username, String unitCode) throws SQLException {
        for (String institution : List.of("MINDEF", "SEPREM", "DP", "AGETIC")) {
            if (username.endsWith("." + institution.toLowerCase(java.util.Locale.ROOT))) {
                return institution;
            }
        }
        String institution = textOrNull("select institution_code from org_unit where code = ? order by case"
                + " institution_code when 'AGETIC' then 0 else 1 end, institution_code limit 1", unitCode);
        return institution == null ? "AGETIC" : institution;
    }

    /** As {@link #knownPerson(long, String, String, String, String, String)}, in a given institution's unit. */
    public void knownPerson(long id, String username, String name, String email, String roles, String institution,
            String unitCode) throws SQLException {
        if (number("select count(*) from user_profile where username = ?", username) > 0) {
            return;
        }
        if (number("select count(*) from org_unit where code = ? and institution_code = ?", unitCode,
                institution) == 0) {
            // the unit a login would create (an IT team's when the person holds an IT role)
            update("insert into org_unit (id, institution_code, code, name, kind, version) values (?, ?, ?, ?, ?, 0)",
                    id, institution, unitCode, unitCode,
                    roles.matches(".*(Jefe|Responsable|Tecnico|Operador).*") ? "IT_TEAM" : "REQUESTING");
        }
        update("insert into user_profile (id, username, full_name, email, unit_id, roles, first_login_at,"
                + " last_login_at, login_count, version) select ?, ?, ?, ?, u.id, ?, current_timestamp,"
                + " current_timestamp, 1, 0 from org_unit u where u.code = ? and u.institution_code = ?", id, username,
                name, email, roles, unitCode, institution);
    }

    /**
     * A catalog system of an institution, active, of kind PLATFORM (what accounts and license pools hang on); with
     * {@code accountPlatform} also an account platform of that institution on it.
     */
    public void platform(long id, String institution, String code, String name, boolean accountPlatform)
            throws SQLException {
        update("insert into it_system (id, institution_code, code, name, kind, criticality, active, version) values"
                + " (?, ?, ?, ?, 'PLATFORM', 'LOW', TRUE, 0)", id, institution, code, name);
        if (accountPlatform) {
            update("insert into account_platform (platform_code, institution_code, version) values (?, ?, 0)", code,
                    institution);
        }
    }

    /** A per-user license pool of an institution on a catalog system, created now. */
    public void licensePool(long id, String institution, String code, String product, int seatsTotal, int seatsUsed,
            long systemId) throws SQLException {
        update("insert into license_pool (id, institution_code, code, product, license_type, seats_total, seats_used,"
                + " system_id, created_at, updated_at, version) values (?, ?, ?, ?, 'PER_USER', ?, ?, ?,"
                + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)", id, institution, code, product, seatsTotal, seatsUsed,
                systemId);
    }

    /** An active account of an institution's person, named {@code name} on the platform, granted now. */
    public void account(long id, String institution, String platform, String name, String person, String personName,
            String unitCode, String grantedBy) throws SQLException {
        update("insert into account (id, institution_code, platform_code, account_name, live_name, person_username,"
                + " person_name, person_unit_code, status, granted_by, granted_at, version) values (?, ?, ?, ?, ?, ?, ?,"
                + " ?, 'ACTIVE', ?, CURRENT_TIMESTAMP, 0)", id, institution, platform, name, name, person, personName,
                unitCode, grantedBy);
    }

    /**
     * A backup schedule of an institution for MINDEF's infrastructure team (unit INFRA, tecnico.infra, owned by
     * responsable.infra): a database copied daily, overdue 24 hours after a missed run, created {@code at}.
     */
    public void backupSchedule(long id, String institution, String name, String target, String procedure,
            String calendarExpression, String locations, boolean enabled, Object at) throws SQLException {
        update("insert into backup_schedule (id, institution_code, name, target_kind, target_name, procedure_code,"
                + " frequency, calendar_expression, time_zone, unit_code, responsible_tecnico, owner_username,"
                + " locations, overdue_hours, enabled, created_at, updated_at, version) values (?, ?, ?, 'DATABASE', ?,"
                + " ?, 'DAILY', ?, 'UTC', 'INFRA', 'tecnico.infra', 'responsable.infra', ?, 24, ?, ?, ?, 0)", id,
                institution, name, target, procedure, calendarExpression, locations, enabled, at, at);
    }

    /** Runs an insert, update or delete; answers how many rows it changed. */
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
