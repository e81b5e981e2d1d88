package org.sigti.it.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sigti.backup.BackupRuns;
import org.sigti.backup.BackupScheduleException;
import org.sigti.backup.BackupSchedules;
import org.sigti.backup.BackupTargets;
import org.sigti.backup.PasswordSource;
import org.sigti.backup.ScheduleDraft;
import org.sigti.backup.TargetEdit;
import org.sigti.it.AsJefe;
import org.sigti.it.AsRole;
import org.sigti.it.Sigti;
import org.sigti.it.Sql;
import org.sigti.workflow.Actor;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.Move;
import org.sigti.workflow.Procedures;
import org.sigti.workflow.WorkflowException;

/**
 * A schedule of a PostgreSQL database that names its registered target: each run copies it with pg_dump by itself
 * (the run's case gets the copy, method PG_DUMP, linked to the run's task), so the Técnico's "run the backup and
 * identify the files" step goes on without typing the copy again; once a verification refused that copy, the step
 * asks for a new one. A target on a schedule that is not of a database is refused, nothing saved.
 */
@ExtendWith(ArquillianExtension.class)
class ScheduledPgCopyIT {

    private static final Actor TECNICO = new Actor(BackupFixture.TECNICO, "Bruno Respaldo", null,
            List.of("Solicitante", "Tecnico"), BackupFixture.UNIT, BackupFixture.INSTITUTION);
    private static final Actor RESPONSABLE = new Actor(BackupFixture.RESPONSABLE, "Rita Respaldo", null,
            List.of("Responsable", "Solicitante"), BackupFixture.UNIT, BackupFixture.INSTITUTION);

    @EJB
    BackupSchedules schedules;

    @EJB
    BackupRuns runs;

    @EJB
    BackupTargets targets;

    @EJB(lookup = AsRole.JEFE)
    AsJefe asJefe;

    @Inject
    CaseEngine engine;

    @Inject
    Procedures procedures;

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    DataSource db;

    @Deployment
    static EnterpriseArchive sigtiWithProbe() {
        return Sigti.earWithProbe(ShrinkWrap.create(WebArchive.class, "scheduled-pgcopy-probe.war")
                .addClasses(ScheduledPgCopyIT.class, BackupFixture.class, Sql.class, Sigti.class));
    }

    @Test
    void each_run_of_the_schedule_copies_its_database_and_the_tecnico_goes_on_without_retyping_it()
            throws Exception {
        // given: the copy-source cluster registered, and a daily schedule of it that names it
        Sql sql = new Sql(db);
        BackupFixture.knownPeople(db);
        long targetId = asJefe.callIn(BackupFixture.INSTITUTION, () -> targets.save(new TargetEdit(null, "Ventas programada " + System.nanoTime(),
                false, "127.0.0.1", Integer.valueOf(System.getenv("SIGTI_TEST_PG_PORT")), "copy_source",
                "sigti_copy", PasswordSource.ENV, "SIGTI_TARGET_COPY_SOURCE", null, null, "disco local")));
        long id = asJefe.callIn(BackupFixture.INSTITUTION, () -> schedules.save(withTarget(BackupFixture.custom("IT pg_dump programado "
                + System.nanoTime(), "0 0 3 1 1 *"), targetId)));
        assertEquals(targetId, asJefe.callIn(BackupFixture.INSTITUTION, () -> schedules.draft(id)).pgTargetId());

        // when the schedule runs
        Instant planned = Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        long task = asJefe.callIn(BackupFixture.INSTITUTION, () -> runs.run(id, planned, false)).orElseThrow();
        asJefe.callIn(BackupFixture.INSTITUTION, () -> {
            schedules.disable(id);
            return null;
        });

        // then: SIGTI dumps the database for the run's case and task, and registers the copy
        long caseId = sql.number("select case_id from backup_task where id = ?", task);
        long run = sql.number("select id from pg_copy_run where case_id = ? and task_id = ?", caseId, task);
        long deadline = System.currentTimeMillis() + 180_000;
        while ("RUNNING".equals(sql.text("select status from pg_copy_run where id = ?", run))
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(250);
        }
        assertEquals("DONE", sql.text("select status from pg_copy_run where id = ?", run),
                () -> "the dump: " + text(sql, "select message from pg_copy_run where id = ?", run));
        assertEquals(1, sql.number("select count(*) from backup_copy where case_id = ? and task_id = ?"
                + " and method = 'PG_DUMP'", caseId, task));
        assertTrue(sql.text("select value_text from case_field where case_id = ? and name = 'copia_automatica'",
                caseId).startsWith("pg_dump de Ventas programada"));

        // and the Técnico checks the services (2) and goes past "run the backup" (3) without typing the copy
        act(caseId, "continuar", Map.of());
        act(caseId, "continuar", Map.of());
        assertEquals("4", sql.text("select step_code from work_item where case_id = ? and status = 'OPEN'", caseId));
        assertEquals(1, sql.number("select count(*) from backup_copy where case_id = ?", caseId), "no second copy");

        // but once the Responsable's verification refused the copy (7 ↺ 3), step 3 asks for a new one
        act(caseId, "continuar", Map.of());
        act(caseId, "continuar", Map.of());
        act(RESPONSABLE, caseId, "continuar", Map.of());
        act(RESPONSABLE, caseId, "fallida", Map.of("detalle_verificacion", "pg_restore falló en la prueba"));
        assertEquals("FAILED", sql.text("select verification from backup_copy where case_id = ?", caseId));
        assertEquals("3", sql.text("select step_code from work_item where case_id = ? and status = 'OPEN'", caseId));
        WorkflowException refused = assertThrows(WorkflowException.class, () -> act(caseId, "continuar", Map.of()));
        assertEquals("workflow.input.invalid", refused.messageKey());
        assertEquals("workflow.field.required", refused.fieldProblems().get("archivo"));
        assertEquals(1, sql.number("select count(*) from backup_copy where case_id = ?", caseId));
    }

    @Test
    void a_target_on_a_schedule_that_is_not_of_a_database_is_refused_and_nothing_is_saved() throws Exception {
        Sql sql = new Sql(db);
        BackupFixture.knownPeople(db);
        long targetId = asJefe.callIn(BackupFixture.INSTITUTION, () -> targets.save(new TargetEdit(null, "Archivos " + System.nanoTime(), false,
                "127.0.0.1", Integer.valueOf(System.getenv("SIGTI_TEST_PG_PORT")), "copy_source", "sigti_copy",
                PasswordSource.ENV, "SIGTI_TARGET_COPY_SOURCE", null, null, "disco local")));
        String name = "IT pg_dump de archivos " + System.nanoTime();
        ScheduleDraft files = withTarget(BackupFixture.custom(name, "0 0 3 1 1 *"), targetId);
        ScheduleDraft draft = new ScheduleDraft(null, 0, files.name(), "FILES", files.targetName(), null,
                files.procedureCode(), files.frequency(), null, null, null, null, files.customExpression(),
                files.unitCode(), files.responsibleTecnico(), files.locations(), files.overdueHours(), targetId);
        BackupScheduleException e = assertThrows(BackupScheduleException.class,
                () -> asJefe.callIn(BackupFixture.INSTITUTION, () -> schedules.save(draft)));
        assertEquals("backup.schedule.pgTarget.notDatabase", e.problems().get("pgTargetId"));
        ScheduleDraft unknown = withTarget(BackupFixture.custom(name, "0 0 3 1 1 *"), Long.MAX_VALUE);
        e = assertThrows(BackupScheduleException.class, () -> asJefe.callIn(BackupFixture.INSTITUTION, () -> schedules.save(unknown)));
        assertEquals("backup.schedule.pgTarget.invalid", e.problems().get("pgTargetId"));
        assertEquals(0, sql.number("select count(*) from backup_schedule where name = ?", name));
    }

    private static ScheduleDraft withTarget(ScheduleDraft d, long targetId) {
        return new ScheduleDraft(d.id(), d.expectedVersion(), d.name(), d.targetKind(), d.targetName(), d.systemId(),
                d.procedureCode(), d.frequency(), d.time(), d.weekday(), d.dayOfMonth(), d.month(),
                d.customExpression(), d.unitCode(), d.responsibleTecnico(), d.locations(), d.overdueHours(), targetId);
    }

    private void act(long caseId, String outcome, Map<String, String> fields) throws Exception {
        act(TECNICO, caseId, outcome, fields);
    }

    private void act(Actor actor, long caseId, String outcome, Map<String, String> fields) throws Exception {
        Sql sql = new Sql(db);
        long[] item = sql.numbers("select id, version from work_item where case_id = ? and status = 'OPEN'", caseId);
        try {
            // with the procedure's hook (its step 3 registers the copy, its step 7 verifies it), called as the Jefe
            // may call the procedure's bean; the actor is who acts on the step
            asJefe.callIn(BackupFixture.INSTITUTION, () -> engine.act(actor, new Move(item[0], item[1], outcome, null, fields, null),
                    procedures.flow("SEPREM-DI-008.2").orElseThrow()));
        } catch (jakarta.ejb.EJBException wrapped) {
            throw wrapped.getCause() instanceof Exception cause ? cause : wrapped;
        }
    }

    private static String text(Sql sql, String query, Object arg) {
        try {
            return sql.text(query, arg);
        } catch (Exception e) {
            return e.toString();
        }
    }
}
