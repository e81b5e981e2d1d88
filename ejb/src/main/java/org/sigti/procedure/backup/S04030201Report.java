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
 * S04.03.02.01.INF: steps 12–14 of S04.03.02.01 (the semiannual Informe de copia de respaldo), which the manual runs
 * each semester apart from the copies ("Semestralmente"). SIGTI opens the case when the semester ends (step "12.S",
 * SIGTI's) with the semester's figures as a PDF attached (runs per schedule by outcome, copies by verification, the
 * failed verifications); the Profesional para la OGTIE writes the report with the actions taken (12), the
 * coordinator of infrastructure reviews and validates it (13, observations ↺ 12) and the Jefe takes note (14).
 * procedures.md E12.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE})
public class S04030201Report extends DeclaredProcedure implements ProcedureFlow {

    public static final String CODE = "S04.03.02.01.INF";
    private static final String INFRA = "INFRA";

    static final ProcedureDefinition FLOW = BackupSteps.semesterReport(CODE,
            Text.of("Informe semestral de copia de respaldo de la información",
                    "Semiannual report of information backups"), INFRA,
            new ReportStep("12.S", of("Abrir el informe del semestre con las cifras de las copias de respaldo",
                    "Open the semester's report with the backup figures"),
                    "Paso de SIGTI: al terminar el semestre adjunta en PDF las ejecuciones y copias del semestre.",
                    "SIGTI's step: when the semester ends it attaches the semester's runs and copies as a PDF."),
            new ReportStep("12", of("Elaborar el Informe de copia de respaldo con las acciones realizadas y"
                    + " remitirlo al coordinador de infraestructura", "Write the backup report with the actions taken"
                    + " and send it to the infrastructure coordinator"),
                    "Semestral: acciones realizadas (vea las cifras adjuntas). Se remite por SISTRADOC.",
                    "Semiannual: actions taken (see the attached figures). Sent through SISTRADOC."),
            "Informe semestral de copia de respaldo", Text.of("Informe de copia de respaldo", "Backup report"),
            new ReportStep("13", of("Revisar, validar y remitir el informe al Jefe",
                    "Review, validate and forward to the Jefe"),
                    "Por SISTRADOC. Las observaciones vuelven al Profesional.",
                    "Through SISTRADOC. Observations go back to the Profesional."),
            new ReportStep("14", of("Recibir el informe y tomar conocimiento", "Receive the report and take note"),
                    "Fin del informe semestral.", "End of the semiannual report."));

    @Override
    @PermitAll
    public ProcedureDefinition definition() {
        return FLOW;
    }
}
