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

import org.sigti.accounts.review.AccessReviewPlanner;
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
 * and its run's status;</li>
 * <li>{@code POST /walk-driver/access-review?reviewed=&person=} (the reviewed unit: {@code unit} is the
 * caller's): a person of the unit with two active accounts on a
 * platform of their own, and the unit's access review of a semester nobody used, as the calendar opens it, with every
 * other active account of the unit already confirmed (by "fixture"); answers "{review} {case id} {case number}
 * {platform} {open step,role,unit,assignee;}";</li>
 * <li>{@code POST /walk-driver/access-decisions?review=}: "account,decision,removal case procedure,its open step;"
 * for each account decided by someone else than "fixture", then "|" and the review's status.</li>
 * </ul>
 */
@WebServlet({"/semester", "/compliance", "/backup-run", "/backup-state", "/access-review", "/access-decisions"})
public class WalkFixtures extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SemesterPlanWriter plans;

    @EJB
    private transient BackupSchedules schedules;

    @Inject
    transient AccessReviewPlanner reviews;

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
                case "/access-review" -> accessReview(sql, request.getParameter("reviewed"),
                        request.getParameter("person"));
                case "/access-decisions" -> {
                    long review = Long.parseLong(request.getParameter("review"));
                    yield sql.rows("select a.account_name, d.decision, c.procedure_code, w.step_code"
                            + " from access_review_decision d join account a on a.id = d.account_id"
                            + " left join work_case c on c.id = d.removal_case_id"
                            + " left join work_item w on w.case_id = c.id and w.status = 'OPEN'"
                            + " where d.review_id = ? and d.decided_by <> 'fixture' order by a.account_name", review)
                            + "|" + sql.text("select status from access_review where id = ?", review);
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
        return semester.code() + " " + caseId + " " + sql.text("select case_number from work_case where id = ?", caseId);
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
        return caseId + " " + sql.text("select case_number from work_case where id = ?", caseId);
    }

    private String accessReview(Sql sql, String unit, String person) throws Exception {
        long id = ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
        String platform = "RV" + (id % 1_000_000_000L);
        sql.update("insert into it_system (id, code, name, kind, criticality, active, version) values (?, ?, ?,"
                + " 'PLATFORM', 'LOW', TRUE, 0)", id, platform, "Plataforma de revisión " + platform);
        sql.update("insert into account_platform (platform_code, version) values (?, 0)", platform);
        for (String suffix : new String[] {".a", ".b"}) {
            sql.update("insert into account (id, platform_code, account_name, live_name, person_username,"
                    + " person_name, person_unit_code, status, granted_by, granted_at, version) values (?, ?, ?, ?,"
                    + " ?, ?, ?, 'ACTIVE', 'fixture', current_timestamp, 0)", ++id, platform, person + suffix,
                    person + suffix, person, "Persona " + person, unit);
        }
        String semester;
        do {
            semester = new Semester(2100 + ThreadLocalRandom.current().nextInt(5000), 1).code();
        } while (sql.number("select count(*) from access_review where unit_code = ? and semester = ?", unit,
                semester) > 0);
        String code = semester;
        long review = asJefe.call(() -> reviews.openFor(unit, code, "jefe").orElseThrow().getId());
        sql.update("insert into access_review_decision (id, review_id, account_id, person_username, decision,"
                + " decided_by, decided_at, version) select ? + row_number() over (order by a.id), ?, a.id,"
                + " a.person_username, 'CONFIRM', 'fixture', current_timestamp, 0 from account a"
                + " where a.person_unit_code = ? and a.status = 'ACTIVE' and a.platform_code <> ?", id, review,
                unit, platform);
        long caseId = sql.number("select case_id from access_review where id = ?", review);
        return review + " " + caseId + " " + sql.text("select case_number from work_case where id = ?", caseId) + " "
                + platform + " " + sql.rows("select step_code, role_name, unit_code, assignee_username from work_item"
                        + " where case_id = ? and status = 'OPEN'", caseId);
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
