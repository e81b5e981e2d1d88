package org.sigti.procedure.backup;

import static org.sigti.workflow.flow.Text.of;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;

import org.sigti.security.Roles;
import org.sigti.workflow.DeclaredProcedure;
import org.sigti.workflow.ProcedureFlow;
import org.sigti.procedure.backup.BackupSteps.ReportStep;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.Text;

/**
 * S04.03.02.02.INF: steps 20–22 of S04.03.02.02 (the semiannual Informe de copia de restauración), which the manual
 * runs each semester apart from the requests. SIGTI opens the case when the semester ends (step "20.S", SIGTI's),
 * with the list of the semester's restores as a PDF attached; the Profesional writes the report (20 (6)), the
 * Responsable de infraestructura reviews it (21 (7), ↺ 20) and the Jefe takes note (22 (8)). procedures.md E13, S3
 * row 21.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE})
public class S04030202Report extends DeclaredProcedure implements ProcedureFlow {

    public static final String CODE = "S04.03.02.02.INF";

    static final ProcedureDefinition FLOW = BackupSteps.semesterReport(CODE,
            Text.of("Informe semestral de copia de restauración de información",
                    "Semiannual report of information restores"), S04030202.INFRA,
            new ReportStep("20.S", of("Abrir el informe del semestre con el listado de restauraciones",
                    "Open the semester's report with the list of restores"),
                    "Paso de SIGTI: al terminar el semestre adjunta el listado de restauraciones en PDF.",
                    "SIGTI's step: when the semester ends it attaches the list of restores as a PDF."),
            new ReportStep("20", of("Elaborar el Informe de copia de restauración y remitirlo al coordinador de"
                    + " infraestructura", "Write the restore report and send it to the infrastructure coordinator"),
                    "Paso interno 6. Semestral: acciones realizadas (vea el listado adjunto).",
                    "Internal step 6. Semiannual: actions taken (see the attached list)."),
            "Informe semestral de copia de restauración",
            Text.of("Informe de copia de restauración", "Restore report"),
            new ReportStep("21", of("Revisar, validar y remitir el informe al Jefe",
                    "Review, validate and forward to the Jefe"),
                    "Paso interno 7. Las observaciones vuelven al Profesional.",
                    "Internal step 7. Observations go back to the Profesional."),
            new ReportStep("22", of("Recibir el informe y tomar conocimiento", "Receive the report and take note"),
                    "Paso interno 8.", "Internal step 8."));

    @Override
    @PermitAll
    public ProcedureDefinition definition() {
        return FLOW;
    }
}
