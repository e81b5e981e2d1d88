package org.sigti.it.maintenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sigti.backup.BackupRuns;
import org.sigti.backup.BackupSchedules;
import org.sigti.backup.BackupSemesterFigures;
import org.sigti.backup.BackupSemesterRow;
import org.sigti.backup.ScheduleDraft;
import org.sigti.it.AsJefe;
import org.sigti.it.AsRole;
import org.sigti.it.Sigti;
import org.sigti.it.Sql;
import org.sigti.it.backup.BackupFixture;
import org.sigti.maintenance.Semester;
import org.sigti.maintenance.SemesterPlanWriter;
import org.sigti.workflow.Actor;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.Move;

/**
 * The semiannual Informe de copia de respaldo of S04.03.02.01 (steps 12–14) inside the server: the semester's runs
 * and copies counted per schedule, the case opened once with those figures attached as a PDF in the Profesional's
 * queue, the coordinator's observation sending it back, the Jefe taking note; the report is MINDEF's, whose manual
 * asks for it, so another institution's runs and copies of the same semester are neither counted nor named; and no
 * report for a semester that ended before SIGTI was installed.
 */
@ExtendWith(ArquillianExtension.class)
class BackupSemesterReportIT {

    private static final Actor TECNICO = new Actor("report.tecnico", "Teresa Informe", null, List.of("Tecnico"),
            "INFRA", "MINDEF");
    private static final Actor RESPONSABLE = new Actor("report.responsable", "Rodrigo Informe", null,
            List.of("Responsable"), "INFRA", "MINDEF");
    private static final Actor JEFE = new Actor("report.jefe", "Julia Informe", null, List.of("Jefe"), "OGTIE", "MINDEF");
    private static final String MINDEF = "MINDEF";
    /** MINDEF's infrastructure team and its Profesional, who run S04.03.02.01's copies. */
    private static final String INFRA = "INFRA";
    private static final String INFRA_TECNICO = "tecnico.infra";

    @Inject
    SemesterPlanWriter writer;

    @Inject
    BackupSemesterFigures figures;

    @Inject
    CaseEngine engine;

    @EJB
    BackupSchedules schedules;

    @EJB
    BackupRuns runs;

    @EJB(lookup = AsRole.JEFE)
    AsJefe asJefe;

    @Resource
    UserTransaction tx;

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    DataSource db;

    @Deployment
    static EnterpriseArchive sigtiWithProbe() {
        return Sigti.earWithProbe(ShrinkWrap.create(WebArchive.class, "backup-report-probe.war")
                .addClasses(BackupSemesterReportIT.class, BackupFixture.class, Sql.class, Sigti.class));
    }

    @Test
    void the_semester_report_counts_the_runs_and_copies_opens_once_and_goes_through_its_three_roles()
            throws Exception {
        // given: a semester nobody used, with one MINDEF schedule's four runs (two done, one open, one missed while
        // SIGTI was down) and three copies (one verified, one whose verification failed, one outside any schedule)
        Sql sql = new Sql(db);
        BackupFixture.knownPeople(db);
        Semester semester = unusedSemester(sql);
        Instant start = semester.start(SemesterPlanWriter.zone());
        String name = "IT informe semestral " + semester.code();
        long schedule = asJefe.callIn(MINDEF, () -> schedules.save(mindef(name)));
        long[] tasks = new long[3];
        for (int i = 0; i < 3; i++) {
            Instant planned = start.plus(10 + i, ChronoUnit.DAYS);
            tasks[i] = asJefe.callIn(MINDEF, () -> runs.run(schedule, planned, false)).orElseThrow();
        }
        asJefe.callIn(MINDEF, () -> {
            schedules.disable(schedule);
            return null;
        });
        sql.update("update backup_task set status = 'DONE' where id in (?, ?)", tasks[0], tasks[1]);
        sql.update("insert into backup_task (id, schedule_id, planned_at, created_at, status, catch_up, version)"
                + " values (?, ?, ?, ?, 'MISSED', true, 0)", id(), schedule, at(start.plus(20, ChronoUnit.DAYS)),
                at(start.plus(21, ChronoUnit.DAYS)));
        long caseId = sql.number("select case_id from backup_task where id = ?", tasks[0]);
        copy(sql, caseId, tasks[0], start.plus(10, ChronoUnit.DAYS), 3 * 1024 * 1024, "VERIFIED", null);
        copy(sql, caseId, tasks[1], start.plus(11, ChronoUnit.DAYS), 1024 * 1024, "FAILED",
                "SHA-256 distinto del registrado");
        copy(sql, caseId, null, start.plus(12, ChronoUnit.DAYS), 2048, "PENDING", null);
        // and, in the same semester, a run of SEPREM's own schedule (SEPREM-DI-008.2) with a failed copy
        String seprem = "IT respaldo de SEPREM " + semester.code();
        long sepremSchedule = asJefe.callIn(BackupFixture.INSTITUTION, () -> schedules.save(
                BackupFixture.custom(seprem, "0 0 3 1 1 *")));
        long sepremTask = asJefe.callIn(BackupFixture.INSTITUTION, () -> runs.run(sepremSchedule,
                start.plus(15, ChronoUnit.DAYS), false)).orElseThrow();
        asJefe.callIn(BackupFixture.INSTITUTION, () -> {
            schedules.disable(sepremSchedule);
            return null;
        });
        long sepremCase = sql.number("select case_id from backup_task where id = ?", sepremTask);
        assertEquals("SEPREM", sql.text("select institution_code from work_case where id = ?", sepremCase));
        copy(sql, sepremCase, sepremTask, start.plus(15, ChronoUnit.DAYS), 5 * 1024 * 1024, "FAILED",
                "Copia de SEPREM dañada");
        copy(sql, sepremCase, null, start.plus(16, ChronoUnit.DAYS), 4096, "PENDING", null);

        // when
        Instant end = semester.end(SemesterPlanWriter.zone());
        List<BackupSemesterRow> rows = inTx(() -> figures.rows(MINDEF, start, end));
        List<BackupSemesterFigures.FailedCopy> failures = inTx(() -> figures.failures(MINDEF, start, end));
        boolean opened = inTx(() -> writer.backupReport(semester, "jefe"));
        boolean again = inTx(() -> writer.backupReport(semester, "jefe"));

        // then: the figures per schedule, and the copies outside any schedule on a row of their own; SEPREM's run
        // and copies are in none of them
        assertEquals(List.of(new BackupSemesterRow(name, "S04.03.02.01", INFRA, 4, 2, 1, 0, 1, 2, 1, 1,
                4 * 1024 * 1024), new BackupSemesterRow(null, null, null, 0, 0, 0, 0, 0, 1, 0, 0, 2048)), rows);
        assertEquals(List.of("SHA-256 distinto del registrado"),
                failures.stream().map(BackupSemesterFigures.FailedCopy::detail).toList());
        assertEquals(List.of(new BackupSemesterRow(seprem, "SEPREM-DI-008.2", BackupFixture.UNIT, 1, 0, 1, 0, 0, 1,
                0, 1, 5 * 1024 * 1024), new BackupSemesterRow(null, null, null, 0, 0, 0, 0, 0, 1, 0, 0, 4096)),
                inTx(() -> figures.rows(BackupFixture.INSTITUTION, start, end)), "SEPREM's own figures");
        assertTrue(opened);
        assertFalse(again, "a second firing opens nothing");
        long report = sql.number("select case_id from semester_plan_item where semester = ? and kind = 'BACKUP_REPORT'",
                semester.code());
        assertEquals("S04.03.02.01.INF", sql.text("select procedure_code from work_case where id = ?", report));
        assertEquals(1, sql.number("select count(*) from work_item where case_id = ? and status = 'OPEN'"
                + " and step_code = '12' and role_name = 'Tecnico' and unit_code = 'INFRA'", report),
                "the Profesional para la OGTIE writes the report (12)");
        String pdf = attachmentText(report);
        assertTrue(pdf.contains("INFORME DE COPIA DE RESPALDO"), pdf);
        assertTrue(pdf.contains(name), pdf);
        assertTrue(pdf.contains("SHA-256 distinto del registrado"), pdf);
        assertTrue(pdf.contains("4,0 MiB"), pdf);
        assertFalse(pdf.contains(seprem), pdf);
        assertFalse(pdf.contains("Copia de SEPREM dañada"), pdf);

        // and the report goes 12 → 13 (observed) → 12 → 13 → 14, where the Jefe takes note
        act(TECNICO, report, "continuar", Map.of("informe", "Primera versión."));
        act(RESPONSABLE, report, "devolver", Map.of());
        assertEquals("12", sql.text("select step_code from work_item where case_id = ? and status = 'OPEN'", report));
        act(TECNICO, report, "continuar", Map.of("informe", "Se corrigió la copia fallida el día siguiente."));
        act(RESPONSABLE, report, "validar", Map.of());
        act(JEFE, report, "tomar_nota", Map.of());
        assertEquals("CLOSED", sql.text("select status from work_case where id = ?", report));
        assertEquals("NOTED", sql.text("select outcome from work_case where id = ?", report));
    }

    @Test
    void a_semester_that_ended_before_sigti_was_installed_has_no_report() throws Exception {
        assertFalse(inTx(() -> writer.installedBefore(Instant.parse("2001-01-01T00:00:00Z"))));
        assertTrue(inTx(() -> writer.installedBefore(Instant.now().plusSeconds(60))));
    }

    /** A new CUSTOM schedule of S04.03.02.01, MINDEF's, for its infrastructure team's Profesional. */
    private static ScheduleDraft mindef(String name) {
        return new ScheduleDraft(null, 0, name, "DATABASE", "BD " + name, null, "S04.03.02.01", "CUSTOM", null, null,
                null, null, "0 0 3 1 1 *", INFRA, INFRA_TECNICO, Set.of("PRIVATE_CLOUD", "EXTERNAL_DEVICE"), 24, null);
    }

    private void copy(Sql sql, long caseId, Long taskId, Instant takenAt, long size, String verification,
            String detail) throws Exception {
        sql.update("insert into backup_copy (id, case_id, task_id, file_name, taken_at, size_bytes, sha256, locations,"
                + " method, registered_by, registered_at, verification, verification_detail, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, 'PRIVATE_CLOUD', 'MANUAL', 'report.tecnico', ?, ?, ?, 0)", id(),
                caseId, taskId, "copia-" + takenAt.toEpochMilli() + ".dump", at(takenAt), size, "a".repeat(64),
                at(takenAt), verification, detail);
    }

    private String attachmentText(long caseId) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "select content_type, content from case_attachment where case_id = ? and step_code = '12.S'")) {
            s.setLong(1, caseId);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "the figures are attached");
                assertEquals("application/pdf", r.getString(1));
                try (PDDocument pdf = Loader.loadPDF(r.getBytes(2))) {
                    return new PDFTextStripper().getText(pdf);
                }
            }
        }
    }

    /** A semester no test nor the timer reported on, without any backup run. */
    private static Semester unusedSemester(Sql sql) throws Exception {
        for (int year = 2100 + ThreadLocalRandom.current().nextInt(5000);; year++) {
            Semester s = new Semester(year, 1 + ThreadLocalRandom.current().nextInt(2));
            if (sql.number("select count(*) from semester_plan_item where semester = ?", s.code()) == 0
                    && sql.number("select count(*) from backup_task where planned_at >= ? and planned_at < ?",
                            at(s.start(SemesterPlanWriter.zone())), at(s.end(SemesterPlanWriter.zone()))) == 0) {
                return s;
            }
        }
    }

    private void act(Actor actor, long caseId, String outcome, Map<String, String> fields) throws Exception {
        Sql sql = new Sql(db);
        long item = sql.number("select id from work_item where case_id = ? and status = 'OPEN'", caseId);
        long version = sql.number("select version from work_item where id = ?", item);
        inTx(() -> engine.act(actor, new Move(item, version, outcome, null, fields, null), null));
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

    private static long id() {
        return ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
