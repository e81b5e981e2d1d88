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
import org.sigti.it.AsRole;
import org.sigti.it.AsTecnico;
import org.sigti.it.Sigti;
import org.sigti.it.Sql;
import org.sigti.maintenance.Compliance;
import org.sigti.maintenance.Semester;
import org.sigti.maintenance.SemesterPlanWriter;
import org.sigti.workflow.Actor;
import org.sigti.workflow.CaseDocuments;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.Move;

/**
 * The semiannual plans inside the server, on the real database: one preventive-maintenance and one security case per
 * active system of the catalog, nothing more on a second generation (and the database refuses a duplicate item),
 * the indicator as executed ÷ planned once some maintenance cases end done; and the backup calendar answering the
 * runs of a range (upcoming runs of a schedule, a past run with its status, the plan's items). Each test plans a
 * semester nobody has used, so runs and the start-up catch-up do not see each other's items.
 */
@ExtendWith(ArquillianExtension.class)
class SemesterPlansIT {

    private static final Actor TECNICO = new Actor("plans.tecnico", "Tania Planes", null, List.of("Tecnico"), "UIT");
    private static final Actor RESPONSABLE = new Actor("plans.responsable", "Raúl Planes", null,
            List.of("Responsable"), "UIT");

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
        long active = sql.number("select count(*) from it_system where active = true");
        assertTrue(active > 0, "the demo catalog has active systems");

        // when
        int opened = inTx(() -> writer.generate(semester, "jefe"));
        int again = inTx(() -> writer.generate(semester, "jefe"));

        // then
        assertEquals(2 * active, opened);
        assertEquals(0, again, "a second generation opens nothing");
        assertEquals(active, sql.number("select count(*) from semester_plan_item where semester = ?"
                + " and kind = 'PREVENTIVE'", semester.code()));
        assertEquals(active, sql.number("select count(*) from semester_plan_item i join work_case c on c.id = i.case_id"
                + " where i.semester = ? and i.kind = 'SECURITY' and c.procedure_code = 'DPG/ESIN-PRO-5.SEG'",
                semester.code()));
        assertEquals(active, sql.number("select count(*) from semester_plan_item i"
                + " join work_item w on w.case_id = i.case_id where i.semester = ? and i.kind = 'PREVENTIVE'"
                + " and w.status = 'OPEN' and w.step_code = '1' and w.role_name = 'Tecnico' and w.unit_code = 'UIT'",
                semester.code()),
                "each case waits at the checklist, in the ESIN queue (UIT)");
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
        assertEquals(List.of("SUPPORT_FORM"), codes(id), "the Defensoría's form, from the start");
        act(TECNICO, id, "continuar", checklist());
        act(RESPONSABLE, id, "conforme", Map.of());

        // when the Jefe issues both documents
        assertEquals(List.of("SUPPORT_FORM", "CLOSING_RECORD"), codes(id));
        String r1 = asJefe.call(() -> documents.issue(id, "SUPPORT_FORM"));
        String closing = asJefe.call(() -> documents.issue(id, "CLOSING_RECORD"));

        // then each copy carries its number
        assertTrue(r1.startsWith("R1-") && closing.startsWith("CIE-"), r1 + " " + closing);
        for (String[] issued : List.of(new String[] {"SUPPORT_FORM", r1}, new String[] {"CLOSING_RECORD", closing})) {
            CaseDocuments.Document copy = asJefe.call(() -> documents.download(id, issued[0]));
            assertEquals(issued[1] + ".pdf", copy.fileName());
            assertEquals("%PDF", new String(copy.pdf(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        }
    }

    @Test
    void the_restore_report_opens_once_with_the_list_of_restores_as_a_pdf() throws Exception {
        // given
        Semester semester = unusedSemester();

        // when
        boolean opened = inTx(() -> writer.restoreReport(semester, "jefe"));
        boolean again = inTx(() -> writer.restoreReport(semester, "jefe"));

        // then
        assertTrue(opened);
        assertEquals(false, again, "a second firing opens nothing");
        long caseId = sql.number("select case_id from semester_plan_item where semester = ?"
                + " and kind = 'RESTORE_REPORT'", semester.code());
        assertEquals(1, sql.number("select count(*) from work_item where case_id = ? and status = 'OPEN'"
                + " and step_code = '20' and role_name = 'Tecnico' and unit_code = 'UIT'", caseId),
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
        sql.update("insert into backup_schedule (id, name, target_kind, target_name, procedure_code, frequency,"
                + " calendar_expression, time_zone, unit_code, responsible_tecnico, owner_username, locations,"
                + " overdue_hours, enabled, created_at, updated_at, version) values (?, ?, 'DATABASE', 'SISCO',"
                + " 'S04.03.02.01', 'DAILY', '0 0 2 * * *', 'UTC', 'UIT', 'tecnico', 'responsable.uit', 'LOCAL_DISK', 24,"
                + " true, ?, ?, 0)", schedule, name, utc(now), utc(now));
        sql.update("insert into backup_task (id, schedule_id, planned_at, created_at, status, catch_up, version)"
                + " values (?, ?, ?, ?, 'FAILED', false, 0)", schedule + 1, schedule,
                utc(now.minus(1, ChronoUnit.DAYS)), utc(now.minus(1, ChronoUnit.DAYS)));
        Semester semester = unusedSemester();
        inTx(() -> writer.generate(semester, "jefe"));
        try {
            // when
            List<CalendarRun> runs = asTecnico.call(() -> calendar.runs(now.minus(2, ChronoUnit.DAYS),
                    now.plus(3, ChronoUnit.DAYS)));

            // then
            List<CalendarRun> planned = runs.stream().filter(r -> CalendarRun.PLANNED.equals(r.kind())
                    && name.equals(r.title())).toList();
            assertTrue(planned.size() >= 2 && planned.size() <= 3, planned::toString);
            assertTrue(planned.stream().allMatch(r -> r.start().isAfter(now.minusSeconds(5))), "upcoming only");
            assertEquals(List.of("FAILED"), runs.stream().filter(r -> CalendarRun.TASK.equals(r.kind())
                    && name.equals(r.title())).map(CalendarRun::status).toList());
            long items = runs.stream().filter(r -> CalendarRun.PLAN.equals(r.kind())
                    && r.title().endsWith(semester.code())).count();
            assertEquals(sql.number("select count(*) from semester_plan_item where semester = ?", semester.code()),
                    items);
            assertEquals(List.of(), asTecnico.call(() -> calendar.runs(now.plus(400, ChronoUnit.DAYS),
                    now.plus(401, ChronoUnit.DAYS))).stream().filter(r -> !CalendarRun.PLANNED.equals(r.kind()))
                    .toList(), "nothing outside the range but planned runs");
        } finally {
            sql.update("update backup_schedule set enabled = false where id = ?", schedule);
        }
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

    private List<String> codes(long caseId) throws Exception {
        return asJefe.call(() -> documents.available(caseId)).stream().map(CaseDocuments.Listed::code).toList();
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
