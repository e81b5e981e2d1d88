package org.sigti.it.maintenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sigti.backup.BackupCalendar;
import org.sigti.backup.CalendarRun;
import org.sigti.it.AsJefeDp;
import org.sigti.it.AsRole;
import org.sigti.it.AsTecnico;
import org.sigti.it.Sigti;
import org.sigti.it.Sql;
import org.sigti.maintenance.Compliance;
import org.sigti.maintenance.Semester;
import org.sigti.maintenance.SemesterPlanWriter;
import org.sigti.maintenance.SemesterPlans;
import org.sigti.security.AccessDeniedException;
import org.sigti.workflow.Actor;
import org.sigti.workflow.CaseDocuments;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.Move;

/**
 * The semiannual plans inside the server, on the real database: one preventive-maintenance and one security case per
 * active system of the Defensoría's catalog (DPG/ESIN-PRO-5 is its manual), nothing more on a second generation (and
 * the database refuses a duplicate item), the indicator as executed ÷ planned once some maintenance cases end done;
 * the plans shown to the Defensoría's people only; and the backup calendar answering the runs of a range (upcoming
 * runs of a schedule, a past run with its status, the plan's items for the Defensoría's people). Each test plans a
 * semester nobody has used, so runs and the start-up catch-up do not see each other's items.
 */
@ExtendWith(ArquillianExtension.class)
class SemesterPlansIT {

    private static final Actor TECNICO = new Actor("plans.tecnico", "Tania Planes", null, List.of("Tecnico"), "ESIN", "DP");
    private static final Actor RESPONSABLE = new Actor("plans.responsable", "Raúl Planes", null,
            List.of("Responsable"), "ESIN", "DP");

    @Inject
    SemesterPlanWriter writer;

    @Inject
    CaseEngine engine;

    @Resource
    UserTransaction tx;

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    DataSource db;

    Sql sql;

    @EJB(lookup = "java:global/sigti/sigti-ejb/BackupCalendar")
    BackupCalendar calendar;

    @EJB(lookup = AsRole.TECNICO)
    AsTecnico asTecnico;

    /** The Jefe reads every case (the run-as principal of {@link AsRole} has no unit of its own). */
    @EJB(lookup = AsRole.JEFE)
    AsRole asJefe;

    /** The Jefe of the Defensoría del Pueblo, whose cases DPG/ESIN-PRO-5's semester plans open. */
    @EJB(lookup = AsRole.JEFE_DP)
    AsRole asJefeDp;

    /** The Jefe of SEPREM, another institution than the plans'. */
    @EJB(lookup = AsRole.JEFE_SEPREM)
    AsRole asJefeSeprem;

    @EJB(lookup = "java:global/sigti/sigti-ejb/SemesterPlans!org.sigti.maintenance.SemesterPlans")
    SemesterPlans plans;

    @EJB(lookup = "java:global/sigti/sigti-ejb/CaseDocuments!org.sigti.workflow.CaseDocuments")
    CaseDocuments documents;

    @Deployment
    static EnterpriseArchive sigtiWithProbe() {
        return Sigti.earWithProbe(ShrinkWrap.create(WebArchive.class, "plans-probe.war")
                .addClasses(SemesterPlansIT.class, Sigti.class, Sql.class));
    }

    @BeforeEach
    void statements() {
        sql = new Sql(db);
    }

    @Test
    void the_plan_opens_one_case_per_active_system_and_kind_once() throws Exception {
        // given
        Semester semester = unusedSemester();
        long active = sql.number("select count(*) from it_system where active = true and institution_code = 'DP'");
        assertTrue(active > 0, "the demo catalog has active systems of the Defensoría");

        // when
        int opened = inTx(() -> writer.generate(semester, "jefe"));
        int again = inTx(() -> writer.generate(semester, "jefe"));

        // then
        assertEquals(2 * active, opened);
        assertEquals(0, again, "a second generation opens nothing");
        assertEquals(active, sql.number("select count(*) from semester_plan_item where semester = ?"
                + " and kind = 'PREVENTIVE'", semester.code()));
        assertEquals(0, sql.number("select count(*) from semester_plan_item i join it_system y on y.id = i.system_id"
                + " where i.semester = ? and y.institution_code <> 'DP'", semester.code()),
                "no system of another institution is planned");
        assertEquals("DP;", sql.rows("select distinct c.institution_code from semester_plan_item i"
                + " join work_case c on c.id = i.case_id where i.semester = ?", semester.code()),
                "the cases are the Defensoría's");
        assertEquals(active, sql.number("select count(*) from semester_plan_item i join work_case c on c.id = i.case_id"
                + " where i.semester = ? and i.kind = 'SECURITY' and c.procedure_code = 'DPG/ESIN-PRO-5.SEG'",
                semester.code()));
        assertEquals(active, sql.number("select count(*) from semester_plan_item i"
                + " join work_item w on w.case_id = i.case_id where i.semester = ? and i.kind = 'PREVENTIVE'"
                + " and w.status = 'OPEN' and w.step_code = '1' and w.role_name = 'Tecnico' and w.unit_code = 'ESIN'",
                semester.code()),
                "each case waits at the checklist, in the Defensoría's ESIN queue (ESIN)");
        assertThrows(SQLException.class, () -> sql.update("insert into semester_plan_item (id, semester, kind, subject,"
                + " created_at) select ?, semester, kind, subject, created_at from semester_plan_item where"
                + " semester = ? and kind = 'PREVENTIVE' and subject = (select min(subject) from semester_plan_item"
                + " where semester = ?)", ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50), semester.code(),
                semester.code()), "the database refuses a second item for the same system, semester and kind");
    }

    @Test
    void the_indicator_is_executed_over_planned_maintenance() throws Exception {
        // given a semester's plan
        Semester semester = unusedSemester();
        inTx(() -> writer.generate(semester, "jefe"));
        long planned = sql.number("select count(*) from semester_plan_item where semester = ? and kind = 'PREVENTIVE'",
                semester.code());
        List<Long> cases = sql.ids("select case_id from semester_plan_item where semester = ? and kind = 'PREVENTIVE'"
                + " order by subject", semester.code());

        // when two maintenance cases end done, and a third is returned to the technician once
        for (Long id : cases.subList(0, 2)) {
            act(TECNICO, id, "continuar", checklist());
            act(RESPONSABLE, id, "conforme", Map.of());
        }
        act(TECNICO, cases.get(2), "continuar", checklist());
        act(RESPONSABLE, cases.get(2), "devolver", Map.of());
        Compliance compliance = inTx(() -> writer.compliance(semester));

        // then
        assertEquals(planned, compliance.planned());
        assertEquals(2, compliance.executed());
        assertEquals(new java.math.BigDecimal(200).divide(new java.math.BigDecimal(planned), 1,
                java.math.RoundingMode.HALF_UP), compliance.percent());
        assertEquals(planned, compliance.securityPlanned());
        assertEquals(0, compliance.securityExecuted());
    }

    @Test
    void a_defensoria_maintenance_case_offers_its_r1_and_once_closed_its_closing_record() throws Exception {
        // given a preventive-maintenance case of DPG/ESIN-PRO-5.a, done and verified
        Semester semester = unusedSemester();
        inTx(() -> writer.generate(semester, "jefe"));
        long id = sql.ids("select case_id from semester_plan_item where semester = ? and kind = 'PREVENTIVE'"
                + " order by subject", semester.code()).get(0);
        assertEquals(List.of("SUPPORT_FORM"), codesAsDp(id), "the Defensoría's form, from the start");
        act(TECNICO, id, "continuar", checklist());
        act(RESPONSABLE, id, "conforme", Map.of());

        // when the Jefe issues both documents
        assertEquals(List.of("SUPPORT_FORM", "CLOSING_RECORD"), codesAsDp(id));
        String r1 = asJefeDp.call(() -> documents.issue(id, "SUPPORT_FORM"));
        String closing = asJefeDp.call(() -> documents.issue(id, "CLOSING_RECORD"));

        // then each copy carries its number
        assertTrue(r1.startsWith("R1-") && closing.startsWith("CIE-"), r1 + " " + closing);
        for (String[] issued : List.of(new String[] {"SUPPORT_FORM", r1}, new String[] {"CLOSING_RECORD", closing})) {
            CaseDocuments.Document copy = asJefeDp.call(() -> documents.download(id, issued[0]));
            assertEquals(issued[1] + ".pdf", copy.fileName());
            assertEquals("%PDF", new String(copy.pdf(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
            try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(copy.pdf())) {
                String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
                assertTrue(text.contains("Defensoría del Pueblo"), "the Defensoría's letterhead: " + text);
            }
        }
    }

    @Test
    void the_restore_report_opens_once_with_the_list_of_restores_as_a_pdf() throws Exception {
        // given
        Semester semester = unusedSemester();

        // when
        boolean opened = inTx(() -> writer.restoreReport(semester, "jefe.ogtie"));
        boolean again = inTx(() -> writer.restoreReport(semester, "jefe.ogtie"));

        // then
        assertTrue(opened);
        assertEquals(false, again, "a second firing opens nothing");
        long caseId = sql.number("select case_id from semester_plan_item where semester = ?"
                + " and kind = 'RESTORE_REPORT'", semester.code());
        assertEquals(1, sql.number("select count(*) from work_item where case_id = ? and status = 'OPEN'"
                + " and step_code = '20' and role_name = 'Tecnico' and unit_code = 'INFRA'", caseId),
                "the Profesional writes the report (20)");
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "select content_type, content from case_attachment where case_id = ?")) {
            s.setLong(1, caseId);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "the list of restores is attached");
                assertEquals("application/pdf", r.getString(1));
                assertEquals("%PDF", new String(r.getBytes(2), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
            }
        }
    }

    @Test
    void the_calendar_answers_the_runs_of_a_range() throws Exception {
        // given an enabled daily schedule with a failed run yesterday, and a plan opened now
        long schedule = ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
        String name = "Respaldo de prueba " + schedule;
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        // MINDEF's, the institution of the procedure its runs open (S04.03.02.01)
        sql.backupSchedule(schedule, "MINDEF", name, "SISCO", "S04.03.02.01", "0 0 2 * * *", "LOCAL_DISK", true,
                utc(now));
        sql.update("insert into backup_task (id, schedule_id, planned_at, created_at, status, catch_up, version)"
                + " values (?, ?, ?, ?, 'FAILED', false, 0)", schedule + 1, schedule,
                utc(now.minus(1, ChronoUnit.DAYS)), utc(now.minus(1, ChronoUnit.DAYS)));
        Semester semester = unusedSemester();
        inTx(() -> writer.generate(semester, "jefe"));
        try {
            // when MINDEF's Técnico reads the calendar, and the Defensoría's
            List<CalendarRun> runs = asTecnico.callIn("MINDEF", () -> calendar.runs(now.minus(2, ChronoUnit.DAYS),
                    now.plus(3, ChronoUnit.DAYS)));
            List<CalendarRun> defensoria = asTecnico.callIn("DP", () -> calendar.runs(now.minus(2, ChronoUnit.DAYS),
                    now.plus(3, ChronoUnit.DAYS)));

            // then MINDEF's schedule for MINDEF
            List<CalendarRun> planned = runs.stream().filter(r -> CalendarRun.PLANNED.equals(r.kind())
                    && name.equals(r.title())).toList();
            assertTrue(planned.size() >= 2 && planned.size() <= 3, planned::toString);
            assertTrue(planned.stream().allMatch(r -> r.start().isAfter(now.minusSeconds(5))), "upcoming only");
            assertEquals(List.of("FAILED"), runs.stream().filter(r -> CalendarRun.TASK.equals(r.kind())
                    && name.equals(r.title())).map(CalendarRun::status).toList());
            // the semester plan's items for the Defensoría, whose plan it is, and nobody else
            assertEquals(sql.number("select count(*) from semester_plan_item where semester = ?", semester.code()),
                    planItems(defensoria, semester));
            assertEquals(0, planItems(runs, semester), "MINDEF's Técnico sees none of the Defensoría's plan");
            assertEquals(List.of(), defensoria.stream().filter(r -> name.equals(r.title())).toList(),
                    "the Defensoría's Técnico sees nothing of MINDEF's schedule");
            // another institution's Técnico sees nothing of MINDEF's schedule nor of the Defensoría's plan
            List<CalendarRun> agetic = asTecnico.callIn("AGETIC", () -> calendar.runs(now.minus(2, ChronoUnit.DAYS),
                    now.plus(3, ChronoUnit.DAYS)));
            assertEquals(List.of(), agetic.stream().filter(r -> name.equals(r.title())).toList());
            assertEquals(0, planItems(agetic, semester), "AGETIC's Técnico sees none of the Defensoría's plan");
            assertEquals(List.of(), asTecnico.call(() -> calendar.runs(now.plus(400, ChronoUnit.DAYS),
                    now.plus(401, ChronoUnit.DAYS))).stream().filter(r -> !CalendarRun.PLANNED.equals(r.kind()))
                    .toList(), "nothing outside the range but planned runs");
        } finally {
            sql.update("update backup_schedule set enabled = false where id = ?", schedule);
        }
    }

    @Test
    void only_the_defensorias_people_see_the_semester_plans() throws Exception {
        // given the current semester, as the Defensoría's Jefe sees its plans
        String current = asJefeDp.call(() -> plans.current()).code();
        assertTrue(asJefeDp.call(() -> plans.isCallers()), "the Defensoría keeps the semester plans");
        assertEquals(current, asJefeDp.call(() -> plans.compliance(1)).get(0).semester());
        long compliance = denials("SemesterPlans.compliance", current);
        long generate = denials("SemesterPlans.generateCurrent", current);
        long ownJefe = denials("SemesterPlans.compliance", current, AsJefeDp.USERNAME);

        // when AGETIC's Jefe and SEPREM's ask for them
        assertEquals(false, asJefe.callIn("AGETIC", () -> plans.isCallers()));
        assertThrows(AccessDeniedException.class, () -> asJefe.callIn("AGETIC", () -> plans.compliance(1)));
        assertThrows(AccessDeniedException.class, () -> asJefe.callIn("AGETIC", () -> plans.generateCurrent()));
        assertThrows(AccessDeniedException.class, () -> asJefeSeprem.call(() -> plans.compliance(0)));

        // then each refusal is a security event naming the semester plan asked for
        assertEquals(compliance + 2, denials("SemesterPlans.compliance", current));
        assertEquals(generate + 1, denials("SemesterPlans.generateCurrent", current));
        assertEquals(ownJefe, denials("SemesterPlans.compliance", current, AsJefeDp.USERNAME),
                "nothing refused to the Defensoría's Jefe");
    }

    /** The recorded refusals of {@code action} on the semester plan {@code semester} (by {@code username}). */
    private long denials(String action, String semester, String... username) throws SQLException {
        return username.length == 0 ? sql.number("select count(*) from security_event where kind = 'ACCESS_DENIED'"
                + " and object_type = 'semester_plan' and action = ? and object_id = ?", action, semester)
                : sql.number("select count(*) from security_event where kind = 'ACCESS_DENIED' and object_type ="
                        + " 'semester_plan' and action = ? and object_id = ? and username = ?", action, semester,
                        username[0]);
    }

    /** The items of {@code semester}'s plan among the calendar's entries. */
    private static long planItems(List<CalendarRun> runs, Semester semester) {
        return runs.stream().filter(r -> CalendarRun.PLAN.equals(r.kind()) && r.title().endsWith(semester.code()))
                .count();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Map<String, String> checklist() {
        Map<String, String> values = new LinkedHashMap<>();
        for (String task : List.of("revision_logs", "limpieza", "parches", "respaldos", "funciones_criticas",
                "pruebas_funcionales")) {
            values.put(task, "REALIZADO");
        }
        return values;
    }

    /** A semester no test nor the timer planned yet. */
    private Semester unusedSemester() throws SQLException {
        for (int year = 2100 + ThreadLocalRandom.current().nextInt(5000);; year++) {
            Semester s = new Semester(year, 1 + ThreadLocalRandom.current().nextInt(2));
            if (sql.number("select count(*) from semester_plan_item where semester = ?", s.code()) == 0) {
                return s;
            }
        }
    }

    /** The documents a case of the Defensoría's manual lists, as the Defensoría's Jefe sees them. */
    private List<String> codesAsDp(long caseId) throws Exception {
        return asJefeDp.call(() -> documents.available(caseId)).stream().map(CaseDocuments.Listed::code).toList();
    }

    private void act(Actor actor, long caseId, String outcome, Map<String, String> fields) throws Exception {
        List<Long> item = sql.ids("select id from work_item where case_id = ? and status = 'OPEN'", caseId);
        long version = sql.number("select version from work_item where id = ?", item.get(0));
        inTx(() -> engine.act(actor, new Move(item.get(0), version, outcome, null, fields, null), null));
    }

    private <T> T inTx(java.util.concurrent.Callable<T> work) throws Exception {
        tx.begin();
        try {
            T result = work.call();
            tx.commit();
            return result;
        } catch (Exception e) {
            tx.rollback();
            throw e;
        }
    }
}
