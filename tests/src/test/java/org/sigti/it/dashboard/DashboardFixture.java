package org.sigti.it.dashboard;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Set-up of {@link DashboardIT} in the server: {@code POST /walk-driver/dashboard?year=&tag=} writes known cases of a
 * year no other test uses (March 15th), so that the dashboard's figures of that year are exactly theirs. Negative ids,
 * which the sequence never gives. MINDEF's cases: {@code A1} (procedure DA<tag>, P1, closed within its service level,
 * worked on by ESTAD, with the requester's own item in DGA), {@code A2} (DA, P1, closed with its resolution late,
 * ESTAD), {@code A3} (DA, P2, open, GOBTI), {@code B1} (DB<tag>, no priority, open with its response late, GOBTI);
 * AGETIC's {@code E1} (DA, P1, closed), which MINDEF's dashboard never counts. The semester's access reviews: ESTAD's
 * done (on A1), GOBTI's open (on A3).
 */
@WebServlet("/dashboard")
public class DashboardFixture extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    private transient DataSource db;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int year = Integer.parseInt(request.getParameter("year"));
        String tag = request.getParameter("tag");
        long base = -System.currentTimeMillis() * 100;
        Instant opened = Instant.parse(year + "-03-15T15:00:00Z");
        try (Connection c = db.getConnection()) {
            long a1 = workCase(c, base - 1, tag, "A1", "MINDEF", "DA" + tag, "P1", true, false, false, opened);
            long a2 = workCase(c, base - 2, tag, "A2", "MINDEF", "DA" + tag, "P1", true, false, true, opened);
            long a3 = workCase(c, base - 3, tag, "A3", "MINDEF", "DA" + tag, "P2", false, false, false, opened);
            long b1 = workCase(c, base - 4, tag, "B1", "MINDEF", "DB" + tag, null, false, true, false, opened);
            long e1 = workCase(c, base - 5, tag, "E1", "AGETIC", "DA" + tag, "P1", true, false, false, opened);
            item(c, base - 11, a1, "MINDEF", "ESTAD", "Tecnico", opened);
            item(c, base - 12, a1, "MINDEF", "DGA", "Solicitante", opened);
            item(c, base - 13, a2, "MINDEF", "ESTAD", "Tecnico", opened);
            item(c, base - 14, a3, "MINDEF", "GOBTI", "Responsable", opened);
            item(c, base - 15, b1, "MINDEF", "GOBTI", "Tecnico", opened);
            item(c, base - 16, e1, "AGETIC", "ESTAD", "Tecnico", opened);
            review(c, base - 21, "ESTAD", year + "-1", a1, "DONE", opened);
            review(c, base - 22, "GOBTI", year + "-1", a3, "OPEN", opened);
        } catch (Exception e) {
            throw new IOException("dashboard fixture: " + e, e);
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print("DA" + tag + "|DB" + tag);
    }

    private static long workCase(Connection c, long id, String tag, String name, String institution, String procedure,
            String priority, boolean closed, boolean responseLate, boolean resolutionLate, Instant opened)
            throws Exception {
        try (PreparedStatement s = c.prepareStatement("insert into work_case (id, case_number, procedure_code,"
                + " origin_procedure, title, channel, requester_username, requester_name, requester_unit_code, status,"
                + " priority, opened_at, updated_at, closed_at, outcome, response_due, resolution_due,"
                + " response_breached, resolution_breached, audit_count, audit_head, version, institution_code)"
                + " values (?, ?, ?, ?, ?, 'WEB', 'solicitante.mindef', 'Norma Benítez Arce', 'DGA', ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, 0, ?, 0, ?)")) {
            Timestamp at = Timestamp.from(opened);
            Timestamp due = Timestamp.from(opened.plusSeconds(86_400));
            s.setLong(1, id);
            s.setString(2, "DSH-" + tag + "-" + name);
            s.setString(3, procedure);
            s.setString(4, procedure);
            s.setString(5, "Tablero " + name);
            s.setString(6, closed ? "CLOSED" : "OPEN");
            s.setString(7, priority);
            s.setTimestamp(8, at);
            s.setTimestamp(9, at);
            s.setTimestamp(10, closed ? at : null);
            s.setString(11, closed ? "DONE" : null);
            s.setTimestamp(12, due);
            s.setTimestamp(13, due);
            s.setBoolean(14, responseLate);
            s.setBoolean(15, resolutionLate);
            s.setString(16, "0".repeat(64));
            s.setString(17, institution);
            s.executeUpdate();
        }
        return id;
    }

    private static void item(Connection c, long id, long caseId, String institution, String unit, String role,
            Instant at) throws Exception {
        try (PreparedStatement s = c.prepareStatement("insert into work_item (id, case_id, procedure_code, step_code,"
                + " role_name, unit_code, status, case_number, title, search_text, created_at, completed_at, version,"
                + " institution_code) select ?, w.id, w.procedure_code, '1', ?, ?, 'DONE', w.case_number, w.title,"
                + " w.case_number, ?, ?, 0, ? from work_case w where w.id = ?")) {
            s.setLong(1, id);
            s.setString(2, role);
            s.setString(3, unit);
            s.setTimestamp(4, Timestamp.from(at));
            s.setTimestamp(5, Timestamp.from(at));
            s.setString(6, institution);
            s.setLong(7, caseId);
            s.executeUpdate();
        }
    }

    private static void review(Connection c, long id, String unit, String semester, long caseId, String status,
            Instant at) throws Exception {
        try (PreparedStatement s = c.prepareStatement("insert into access_review (id, unit_code, semester, case_id,"
                + " status, opened_at, completed_by, completed_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            s.setLong(1, id);
            s.setString(2, unit);
            s.setString(3, semester);
            s.setLong(4, caseId);
            s.setString(5, status);
            s.setTimestamp(6, Timestamp.from(at));
            s.setString(7, "DONE".equals(status) ? "responsable.estad" : null);
            s.setTimestamp(8, "DONE".equals(status) ? Timestamp.from(at) : null);
            s.executeUpdate();
        }
    }
}
