package org.sigti.procedure.logs;

import static org.sigti.workflow.flow.Text.of;

import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sigti.backup.BackupRecords;
import org.sigti.backup.BackupSchedules;
import org.sigti.backup.LogBackupJobs;
import org.sigti.security.Roles;
import org.sigti.workflow.DeclaredProcedure;
import org.sigti.workflow.ProcedureFlow;
import org.sigti.workflow.Transition;
import org.sigti.workflow.WorkflowException;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.Text;

/**
 * S04.03.01.04.R: one run of a log backup job of S04.03.01.04 step 4 (a LOG backup schedule). At the scheduled date
 * and time the schedule opens the case (4.R, SIGTI's) and the script on the server backs up the log and registers the
 * copy through the REST API ({@code POST /api/v1/backup-copies}); the Profesional para la OGTIE checks that the backup
 * ran on time (5.R, SIGTI's share of step 5 for each run): the copy is registered, or the run failed and says why.
 * Ending the case closes the run.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR})
public class S04030104Run extends DeclaredProcedure implements ProcedureFlow {

    public static final String CODE = S04030104.CODE + ".R";

    static final ProcedureDefinition FLOW = ProcedureDefinition.builder(S04030104Run.class, CODE, "MINDEF (Perú)",
            Text.of("Ejecución programada del backup de logs", "Scheduled log backup run"))
            .openedBy(BackupSchedules.OPENER)
            .step("4.R", of("Ejecutar el script de backup de logs en la fecha y hora programadas",
                    "Run the log backup script at the scheduled date and time")).by("SIGTI", S04030104.DIRECTION)
                .hint("Paso de SIGTI: la tarea de backup de logs abre el caso; el script registra la copia por la API.",
                        "SIGTI's step: the log backup job opens the case; the script registers the copy through the"
                        + " API.").next("5.R")
            .step("5.R", of("Verificar que el backup de logs se ejecutó a la hora y su copia quedó registrada",
                    "Check that the log backup ran on time and its copy is registered")).by(Roles.TECNICO,
                            S04030104.INFRA).output("Copia de log")
                .end("copia_registrada", of("Copia registrada: cerrar", "Copy registered: close"), "SOLVED")
                .end("sin_copia", of("El backup no se ejecutó: cerrar con el motivo", "The backup did not run: close"
                        + " with the reason"), "CANCELLED")
                .on("copia_registrada", S04030104Run::copied)
                .on("sin_copia", S04030104Run::failed).then()
            .onEnd(S04030104Run::close)
            .build();

    @Inject
    LogBackupJobs jobs;

    @Inject
    BackupRecords records;

    @Override
    @PermitAll
    public ProcedureDefinition definition() {
        return FLOW;
    }

    void copied(Transition t) {
        if (!jobs.hasCopy(t.caseId())) {
            throw new WorkflowException("logs.run.noCopy");
        }
    }

    void failed(Transition t) {
        if (t.comment() == null || t.comment().isBlank()) {
            throw new WorkflowException("workflow.input.invalid", Map.of("comment", "logs.run.reason"));
        }
    }

    void close(Transition t) {
        records.taskDone(t.caseId());
    }
}
