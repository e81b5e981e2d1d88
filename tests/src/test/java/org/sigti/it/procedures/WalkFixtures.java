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
import org.sigti.kb.KbDraft;
import org.sigti.kb.KbScope;
import org.sigti.kb.KnowledgeBase;
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
 * <li>{@code POST /walk-driver/module-records?of=&tag=}: records of the institution {@code of} in each scoped module,
 * named after the tag (upper case, letters): equipment {@code 00?E<tag>} in the custody of {@code custodio.<tag>},
 * a system and account platform {@code 00?S<tag>} with the license pool {@code 00?P<tag>} and the account of
 * {@code persona.<tag>} on it, the backup schedule "0 Respaldo <institution> <tag>" and an internal knowledge-base
 * article "Alcance <institution> <tag>" ({@code ?} the institution's initial); answers "{equipment id} {system id}
 * {pool id} {account id} {schedule id} {article id} {article code}";</li>
 * <li>{@code POST /walk-driver/security-events?username=&object=&object=…}: the user's recorded denials on those
 * objects, "action,object type,object id;" in the order they happened.</li>
 * </ul>
 */
@WebServlet({"/semester", "/compliance", "/backup-run", "/backup-state", "/access-review", "/access-decisions",
    "/module-records", "/security-events"})
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

    @EJB
    private transient KnowledgeBase knowledgeBase;

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
                case "/module-records" -> moduleRecords(sql, request.getParameter("of"), request.getParameter("tag"));
                case "/security-events" -> {
                    String[] objects = request.getParameterValues("object");
                    yield sql.rows("select action, object_type, object_id from security_event where username = ?"
                            + " and kind = 'ACCESS_DENIED' and object_id in (" + "?, ".repeat(objects.length - 1)
                            + "?) order by id", java.util.stream.Stream.concat(java.util.stream.Stream.of(
                                    request.getParameter("username")), java.util.Arrays.stream(objects)).toArray());
                }
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
        // a schedule runs its own institution's procedures only: it is saved by that institution's Jefe
        String institution = procedure.startsWith("SEPREM") ? "SEPREM" : procedure.startsWith("S04") ? "MINDEF"
                : procedure.startsWith("DPG") ? "DP" : "AGETIC";
        long schedule = asJefe.callIn(institution, () -> schedules.save(new ScheduleDraft(null, 0, name, "INFRASTRUCTURE",
                "Servidores de " + name, null, procedure, "CUSTOM", null, null, null, null, "0 0 3 1 1 *", "UIT",
                tecnico, Set.of("PRIVATE_CLOUD", "EXTERNAL_DEVICE"), 24, null)));
        long task = asJefe.callIn(institution, () -> {
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
        // the platform and the accounts are of the reviewed unit's institution
        String institution = sql.institutionOf(person, unit);
        sql.platform(id, institution, platform, "Plataforma de revisión " + platform, true);
        for (String suffix : new String[] {".a", ".b"}) {
            sql.account(++id, institution, platform, person + suffix, person, "Persona " + person, unit, "fixture");
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

    private String moduleRecords(Sql sql, String institution, String tag) throws Exception {
        long id = ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
        String initial = "00" + institution.charAt(0);
        String system = initial + "S" + tag;
        String person = "persona." + tag.toLowerCase(java.util.Locale.ROOT);
        sql.platform(id, institution, system, "Sistema de alcance " + tag, true);
        sql.licensePool(id + 1, institution, initial + "P" + tag, "Licencia de alcance " + tag, 3, 0, id);
        sql.update("insert into equipment (id, institution_code, kind, serial, patrimonial_code, brand, model, state,"
                + " custodian_username, custodian_name, created_at, updated_at, version) values (?, ?, 'LAPTOP', ?, ?,"
                + " 'Marca', 'Modelo', 'ASSIGNED', ?, 'Custodio de alcance', current_timestamp, current_timestamp, 0)",
                id + 2, institution, "SN" + initial + tag, initial + "E" + tag,
                "custodio." + tag.toLowerCase(java.util.Locale.ROOT));
        sql.account(id + 3, institution, system, person, person, "Persona de alcance " + tag, null, "fixture");
        sql.backupSchedule(id + 4, institution, "0 Respaldo " + institution + " " + tag, system, "S04.03.02.01",
                "0 0 2 * * *", "LOCAL_DISK", false, java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC));
        long article = asJefe.callIn(institution, () -> knowledgeBase.create(new KbDraft("Alcance " + institution
                + " " + tag, "Problema de alcance " + tag + ".", "Solución de alcance " + tag + ".", KbScope.INTERNAL,
                null), null));
        return id + 2 + " " + id + " " + (id + 1) + " " + (id + 3) + " " + (id + 4) + " " + article + " "
                + sql.text("select code from kb_article where id = ?", article);
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
