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
 * Test-only servlet of a WAR added to the tested EAR ({@code /restore-fixture/copy?target=NAME}): registers a
 * verified backup copy of the target (a disabled schedule, a done run and its copy, attached to an existing case) the
 * way the backup procedures would, and answers its number. The browser tests need a copy to restore. Add
 * {@link Sql} to its WAR.
 */
@WebServlet("/copy")
public class RestoreFixture extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    private transient DataSource db;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String target = request.getParameter("target");
        long id = ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).withNano(0);
        try {
            Sql sql = new Sql(db);
            long caseId = sql.number("select min(id) from work_case");
            sql.update("insert into backup_schedule (id, name, target_kind, target_name, procedure_code, frequency,"
                    + " calendar_expression, time_zone, unit_code, responsible_tecnico, owner_username, locations,"
                    + " overdue_hours, enabled, created_at, updated_at, version) values (?, ?, 'DATABASE', ?,"
                    + " 'S04.03.02.01', 'DAILY', 'minute=0;hour=2', 'UTC', 'UIT', 'tecnico', 'responsable.uit',"
                    + " 'NAS', 24, false, ?, ?, 0)", id, "Respaldo diario " + target, target, now, now);
            sql.update("insert into backup_task (id, schedule_id, planned_at, created_at, status, catch_up, case_id,"
                    + " completed_at, version) values (?, ?, ?, ?, 'DONE', false, ?, ?, 0)", id + 1, id,
                    now.minusDays(1), now.minusDays(1), caseId, now.minusDays(1));
            sql.update("insert into backup_copy (id, case_id, task_id, file_name, taken_at, size_bytes, sha256,"
                    + " locations, method, registered_by, registered_at, verification, verified_by, verified_at,"
                    + " version) values (?, ?, ?, ?, ?, 1048576, ?, 'NAS', 'MANUAL', 'tecnico', ?, 'VERIFIED',"
                    + " 'responsable.uit', ?, 0)", id + 2, caseId, id + 1, target.toLowerCase() + "-respaldo.dump",
                    now.minusDays(1), "0".repeat(64), now.minusDays(1), now.minusHours(20));
        } catch (SQLException e) {
            throw new IOException(e);
        }
        response.setContentType("text/plain");
        response.getWriter().print(id + 2);
    }
}
