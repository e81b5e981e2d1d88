package org.sigti.it.procedures;

import java.io.IOException;
import java.time.Instant;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sigti.it.Sql;
import org.sigti.it.changes.ChangeFixture;

/**
 * Test-only servlet beside {@link CaseDriver} for the walks of the changes to production, called through
 * {@link Walk#fixture}:
 * <ul>
 * <li>{@code POST /walk-driver/change-system?of=&code=}: a website of the catalog of the institution {@code of} (the
 * driver's own {@code institution} names the person calling); answers its id;</li>
 * <li>{@code POST /walk-driver/change-copy?system=&case=}: a copy of the system taken now, registered for a run of a
 * schedule of that system (as the backup module would); answers its id;</li>
 * <li>{@code POST /walk-driver/change-row?case=}: the case's change history row, "system code|version|copy|waiver
 * reason|approved by", or "none".</li>
 * </ul>
 */
@WebServlet({"/change-system", "/change-copy", "/change-row"})
public class ChangeWalkFixtures extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    private transient DataSource db;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Sql sql = new Sql(db);
        ChangeFixture fixture = new ChangeFixture(sql);
        String answer;
        try {
            answer = switch (request.getServletPath()) {
                case "/change-system" -> String.valueOf(fixture.system(request.getParameter("of"),
                        request.getParameter("code")));
                case "/change-copy" -> {
                    long system = Long.parseLong(request.getParameter("system"));
                    String institution = sql.text("select institution_code from it_system where id = ?", system);
                    yield String.valueOf(fixture.copy(system, institution,
                            Long.parseLong(request.getParameter("case")), Instant.now(), "VERIFIED"));
                }
                default -> {
                    String row = sql.textOrNull("select s.code || '|' || c.version_ref || '|'"
                            + " || coalesce(cast(c.backup_copy_id as varchar(20)), '') || '|'"
                            + " || coalesce(w.reason, '') || '|' || c.approved_by from system_change c"
                            + " join it_system s on s.id = c.system_id left join change_backup_waiver w"
                            + " on w.id = c.waiver_id where c.case_id = ?",
                            Long.parseLong(request.getParameter("case")));
                    yield row == null ? "none" : row;
                }
            };
        } catch (Exception e) {
            throw new IOException("walk-driver " + request.getServletPath() + ": " + e, e);
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(answer);
    }
}
