package org.sigti.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's SQL on H2 with every migration applied (V69's indexes included), over known cases of 2001: the
 * figures per procedure, priority and unit, for the institution and for one unit, and the access reviews. PostgreSQL
 * runs the same SQL in DashboardIT and bench/dashboard-benchmark.sh.
 */
class DashboardQueriesTest {

    private static final String URL = "jdbc:h2:mem:dashboard;DB_CLOSE_DELAY=-1";
    private static final Instant OPENED = Instant.parse("2001-03-15T15:00:00Z");
    private static final Object[] YEAR = {"MINDEF", Timestamp.from(Instant.parse("2001-01-01T00:00:00Z")),
        Timestamp.from(Instant.parse("2002-01-01T00:00:00Z"))};
    private static final Pattern PARAMETER = Pattern.compile("\\?(\\d)");

    @BeforeAll
    static void knownCases() throws Exception {
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(URL, "sa", "")) {
            workCase(c, -1, "A1", "MINDEF", "DA", "P1", true, false, false);
            workCase(c, -2, "A2", "MINDEF", "DA", "P1", true, false, true);
            workCase(c, -3, "A3", "MINDEF", "DA", "P2", false, false, false);
            workCase(c, -4, "B1", "MINDEF", "DB", null, false, true, false);
            workCase(c, -5, "E1", "AGETIC", "DA", "P1", true, false, false);
            item(c, -11, -1, "ESTAD", "Tecnico");
            item(c, -12, -1, "DGA", "Solicitante");
            item(c, -13, -2, "ESTAD", "Tecnico");
            item(c, -17, -2, "ESTAD", "Responsable");
            item(c, -14, -3, "GOBTI", "Responsable");
            item(c, -15, -4, "GOBTI", "Tecnico");
            item(c, -16, -5, "ESTAD", "Tecnico");
            try (Statement s = c.createStatement()) {
                s.executeUpdate("insert into access_review (id, unit_code, semester, case_id, status, opened_at,"
                        + " version) values (-21, 'ESTAD', '2001-1', -1, 'DONE', timestamp with time zone"
                        + " '2001-03-15 15:00:00+00', 0), (-22, 'GOBTI', '2001-1', -3, 'OPEN', timestamp with time"
                        + " zone '2001-03-15 15:00:00+00', 0)");
            }
        }
    }

    @Test
    void cases_per_procedure_and_priority_count_the_institutions_cases_of_the_period() throws Exception {
        assertEquals(List.of("DA 3 2 1 1", "DB 1 0 0 1"), rows(DashboardQueries.casesBySql("procedure_code", false)));
        assertEquals(List.of("- 1 0 0 1", "P1 2 2 1 1", "P2 1 0 0 0"),
                rows(DashboardQueries.casesBySql("priority", false)).stream().sorted().toList());
    }

    @Test
    void a_cases_units_are_its_staffs_once_each_and_a_unit_sees_its_own() throws Exception {
        assertEquals(List.of("ESTAD 2 2 1 1", "GOBTI 2 0 0 1"), rows(DashboardQueries.casesByUnitSql(false)));
        assertEquals(List.of("GOBTI 2 0 0 1"), rows(DashboardQueries.casesByUnitSql(true), "GOBTI"));
        assertEquals(List.of("DA 2 2 1 1"), rows(DashboardQueries.casesBySql("procedure_code", true), "ESTAD"));
    }

    @Test
    void access_reviews_count_per_semester_and_unit() throws Exception {
        assertEquals(List.of("2001-1 2 1"), rows(DashboardQueries.accessReviewsSql(false)));
        assertEquals(List.of("2001-1 1 1"), rows(DashboardQueries.accessReviewsSql(true), "ESTAD"));
    }

    @Test
    void the_expiry_queries_run_on_empty_registers() throws Exception {
        for (String sql : List.of(DashboardQueries.LICENSE_EXPIRIES, DashboardQueries.WARRANTY_EXPIRIES)) {
            LocalDate today = LocalDate.of(2026, 12, 7);
            assertEquals(List.of("null null null"), run(sql, "MINDEF", java.sql.Date.valueOf(today),
                    java.sql.Date.valueOf(today.plusDays(30)), java.sql.Date.valueOf(today.plusDays(90))));
        }
    }

    /** The rows of a figures query for MINDEF's 2001 (and {@code unit}), each as its cells joined by spaces. */
    private static List<String> rows(String sql, Object... unit) throws Exception {
        Object[] values = unit.length == 0 ? YEAR : new Object[] {YEAR[0], YEAR[1], YEAR[2], unit[0]};
        return run(sql, values);
    }

    /** Runs the JPA-style SQL ({@code ?1}...) with JDBC, each {@code ?N} bound to {@code values[N - 1]}. */
    private static List<String> run(String sql, Object... values) throws Exception {
        List<Object> bound = new ArrayList<>();
        Matcher m = PARAMETER.matcher(sql);
        while (m.find()) {
            bound.add(values[Integer.parseInt(m.group(1)) - 1]);
        }
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(URL, "sa", "");
                PreparedStatement s = c.prepareStatement(PARAMETER.matcher(sql).replaceAll("?"))) {
            for (int i = 0; i < bound.size(); i++) {
                s.setObject(i + 1, bound.get(i));
            }
            try (ResultSet r = s.executeQuery()) {
                int columns = r.getMetaData().getColumnCount();
                while (r.next()) {
                    List<String> cells = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        Object v = r.getObject(i);
                        cells.add(v == null && i == 1 && columns > 3 ? DashboardQueries.NONE : String.valueOf(v));
                    }
                    rows.add(String.join(" ", cells));
                }
            }
        }
        return rows;
    }

    private static void workCase(Connection c, long id, String name, String institution, String procedure,
            String priority, boolean closed, boolean responseLate, boolean resolutionLate) throws Exception {
        try (PreparedStatement s = c.prepareStatement("insert into work_case (id, case_number, procedure_code,"
                + " origin_procedure, title, channel, requester_username, requester_name, status, priority, opened_at,"
                + " updated_at, resolution_due, response_breached, resolution_breached, audit_count, audit_head,"
                + " version, institution_code) values (?, ?, ?, ?, 'Tablero', 'WEB', 'solicitante', 'Solicitante',"
                + " ?, ?, ?, ?, ?, ?, ?, 0, ?, 0, ?)")) {
            Timestamp at = Timestamp.from(OPENED);
            s.setLong(1, id);
            s.setString(2, "DSH-" + name);
            s.setString(3, procedure);
            s.setString(4, procedure);
            s.setString(5, closed ? "CLOSED" : "OPEN");
            s.setString(6, priority);
            s.setTimestamp(7, at);
            s.setTimestamp(8, at);
            s.setTimestamp(9, Timestamp.from(OPENED.plusSeconds(86_400)));
            s.setBoolean(10, responseLate);
            s.setBoolean(11, resolutionLate);
            s.setString(12, "0".repeat(64));
            s.setString(13, institution);
            s.executeUpdate();
        }
    }

    private static void item(Connection c, long id, long caseId, String unit, String role) throws Exception {
        try (PreparedStatement s = c.prepareStatement("insert into work_item (id, case_id, procedure_code, step_code,"
                + " role_name, unit_code, status, case_number, title, search_text, created_at, version,"
                + " institution_code) select ?, w.id, w.procedure_code, '1', ?, ?, 'DONE', w.case_number, w.title,"
                + " w.case_number, w.opened_at, 0, w.institution_code from work_case w where w.id = ?")) {
            s.setLong(1, id);
            s.setString(2, role);
            s.setString(3, unit);
            s.setLong(4, caseId);
            s.executeUpdate();
        }
    }
}
