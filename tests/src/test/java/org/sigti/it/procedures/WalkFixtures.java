package org.sigti.it.procedures;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sigti.backup.BackupSchedules;
import org.sigti.backup.ScheduleDraft;
import org.sigti.it.AsRole;
import org.sigti.it.Sql;
import org.sigti.maintenance.Compliance;
import org.sigti.maintenance.Semester;
import org.sigti.maintenance.SemesterPlanWriter;

/**
 * Test-only servlet beside {@link CaseDriver} in the walk-driver WAR: the cases SIGTI opens by itself, opened in the
 * server the way its clock does, and the rows a walk checks that no screen shows. Called through
 * {@link Walk#fixture}.
 * <ul>
 * <li>{@code POST /walk-driver/semester?kind=PREVENTIVE|SECURITY|BACKUP_REPORT|RESTORE_REPORT}: the semiannual plan
 * (or report) of a semester nobody planned, as the semester's timer opens it; answers "{semester} {id} {number}" of
 * its first case of that kind;</li>
 * <li>{@code POST /walk-driver/compliance?semester=}: the semester's indicator, "{planned} {executed}
 * {security planned} {security executed}";</li>
 * <li>{@code POST /walk-driver/backup-run?procedure=&tecnico=}: a yearly schedule of the UIT for the técnico, run now
 * ("Ejecutar ahora") and then stopped; answers "{id} {number}" of the run's case;</li>
 * <li>{@code POST /walk-driver/backup-state?case=}: the case's copies, "file,verification,detail;" each, then "|"
 * and its run's status.</li>
 * </ul>
 */
@WebServlet({"/semester", "/compliance", "/backup-run", "/backup-state"})
public class WalkFixtures extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SemesterPlanWriter plans;

    @EJB
    private transient BackupSchedules schedules;

    @EJB(lookup = AsRole.JEFE)
    private transient AsRole asJefe;

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    private transient DataSource db;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Sql sql = new Sql(db);
        String answer;
        try {
            answer = switch (request.getServletPath()) {
                case "/semester" -> semester(sql, request.getParameter("kind"));
                case "/compliance" -> {
                    Semester semester = Semester.parse(request.getParameter("semester")).orElseThrow();
                    Compliance c = asJefe.call(() -> plans.compliance(semester));
                    yield c.planned() + " " + c.executed() + " " + c.securityPlanned() + " " + c.securityExecuted();
                }
                case "/backup-run" -> backupRun(sql, request.getParameter("procedure"),
                        request.getParameter("tecnico"));
                default -> {
                    long caseId = Long.parseLong(request.getParameter("case"));
                    yield sql.rows("select file_name, verification, verification_detail from backup_copy"
                            + " where case_id = ? order by registered_at, id", caseId) + "|"
                            + sql.text("select status from backup_task where case_id = ?", caseId);
                }
            };
        } catch (Exception e) {
            throw new IOException("walk-driver " + request.getServletPath() + ": " + e, e);
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(answer);
    }

    private String semester(Sql sql, String kind) throws Exception {
        Semester semester = unusedSemester(sql);
        asJefe.call(() -> switch (kind) {
            case "BACKUP_REPORT" -> plans.backupReport(semester, "jefe");
            case "RESTORE_REPORT" -> plans.restoreReport(semester, "jefe");
            default -> plans.generate(semester, "jefe");
        });
        long caseId = sql.number("select case_id from semester_plan_item where semester = ? and kind = ?"
                + " order by subject limit 1", semester.code(), kind);
        return semester.code() + " " + caseId + " " + sql.text("select number from work_case where id = ?", caseId);
    }

    private String backupRun(Sql sql, String procedure, String tecnico) throws Exception {
        String name = "Recorrido " + procedure + " " + System.nanoTime();
        long schedule = asJefe.call(() -> schedules.save(new ScheduleDraft(null, 0, name, "INFRASTRUCTURE",
                "Servidores de " + name, null, procedure, "CUSTOM", null, null, null, null, "0 0 3 1 1 *", "UIT",
                tecnico, Set.of("PRIVATE_CLOUD", "EXTERNAL_DEVICE"), 24, null)));
        long task = asJefe.call(() -> {
            long run = schedules.runNow(schedule);
            schedules.disable(schedule);
            return run;
        });
        long caseId = sql.number("select case_id from backup_task where id = ?", task);
        return caseId + " " + sql.text("select number from work_case where id = ?", caseId);
    }

    /** A semester no test nor the timer planned yet (far in the future, so no other walk meets it). */
    private static Semester unusedSemester(Sql sql) throws SQLException {
        for (int year = 2100 + ThreadLocalRandom.current().nextInt(5000);; year++) {
            Semester s = new Semester(year, 1 + ThreadLocalRandom.current().nextInt(2));
            if (sql.number("select count(*) from semester_plan_item where semester = ?", s.code()) == 0) {
                return s;
            }
        }
    }
}
