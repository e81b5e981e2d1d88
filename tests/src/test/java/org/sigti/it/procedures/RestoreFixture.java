package org.sigti.it.procedures;

import java.io.IOException;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sigti.it.Sql;

/**
 * Test-only servlet of a WAR added to the tested EAR ({@code /restore-fixture/copy?target=NAME&of=INSTITUTION}):
 * registers a verified backup copy of the target (a disabled schedule, a done run and its copy, attached to an
 * existing case of the institution, MINDEF when not named) the way the backup procedures would, and answers its
 * number. The browser tests need a copy to restore. {@code /restore-fixture/denied?object=ID} answers the refusals
 * recorded for that object ("action,object_type;" each). Add {@link Sql} to its WAR.
 */
@WebServlet({"/copy", "/denied"})
public class RestoreFixture extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    private transient DataSource db;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("/denied".equals(request.getServletPath())) {
            denied(request.getParameter("object"), response);
            return;
        }
        String target = request.getParameter("target");
        String institution = request.getParameter("of") == null ? "MINDEF" : request.getParameter("of");
        long id = ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).withNano(0);
        try {
            Sql sql = new Sql(db);
            // a copy belongs to the institution of its case: MINDEF's by default, whose runs open S04.03.02.01 and
            // whose restores S04.03.02.02 asks for
            long caseId = sql.number("select min(id) from work_case where institution_code = ?", institution);
            sql.backupSchedule(id, institution, "Respaldo diario " + target, target, "S04.03.02.01",
                    "minute=0;hour=2", "NAS", false, now);
            sql.update("insert into backup_task (id, schedule_id, planned_at, created_at, status, catch_up, case_id,"
                    + " completed_at, version) values (?, ?, ?, ?, 'DONE', false, ?, ?, 0)", id + 1, id,
                    now.minusDays(1), now.minusDays(1), caseId, now.minusDays(1));
            sql.update("insert into backup_copy (id, case_id, task_id, file_name, taken_at, size_bytes, sha256,"
                    + " locations, method, registered_by, registered_at, verification, verified_by, verified_at,"
                    + " version) values (?, ?, ?, ?, ?, 1048576, ?, 'NAS', 'MANUAL', 'tecnico.infra', ?, 'VERIFIED',"
                    + " 'responsable.infra', ?, 0)", id + 2, caseId, id + 1, target.toLowerCase() + "-respaldo.dump",
                    now.minusDays(1), "0".repeat(64), now.minusDays(1), now.minusHours(20));
        } catch (SQLException e) {
            throw new IOException(e);
        }
        response.setContentType("text/plain");
        response.getWriter().print(id + 2);
    }

    private void denied(String object, HttpServletResponse response) throws IOException {
        String rows;
        try {
            rows = new Sql(db).rows("select action, object_type from security_event where kind = 'ACCESS_DENIED'"
                    + " and object_id = ? order by id", object);
        } catch (SQLException e) {
            throw new IOException(e);
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(rows);
    }
}
