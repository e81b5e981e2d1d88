package org.sigti.procedure.maintenance;

import static org.sigti.workflow.flow.Text.of;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;

import org.sigti.security.Roles;
import org.sigti.workflow.DeclaredProcedure;
import org.sigti.workflow.ProcedureFlow;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.Text;

/**
 * DPG/ESIN-PRO-5.SEG, SIGTI's sub-procedure of DPG/ESIN-PRO-5 (Defensoría del Pueblo) for the semiannual
 * "Evaluación de seguridad y vulnerabilidades" of its frequency table, with the checks of rule "f) Seguridad": one
 * case per active system each semester (step 0, by SIGTI), the Técnico III evaluates (1), the Responsable de ESIN
 * verifies (2, ↺ 1). procedures.md A1, S3 row 5.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE})
public class DpgEsinPro5Seg extends DeclaredProcedure implements ProcedureFlow {

    public static final String CODE = "DPG/ESIN-PRO-5.SEG";

    static final ProcedureDefinition FLOW = Checklist.verified(Checklist.planned(ProcedureDefinition.builder(DpgEsinPro5Seg.class, CODE,
            "Defensoría del Pueblo (Bolivia)", Text.of("Evaluación semestral de seguridad y vulnerabilidades de un"
                    + " sistema", "Semiannual security and vulnerability evaluation of a system")),
            of("Planificar la evaluación de seguridad del semestre", "Plan the semester's security evaluation"))
            .step("1", of("Evaluar la seguridad y las vulnerabilidades del sistema",
                    "Evaluate the system's security and vulnerabilities")).by(Roles.TECNICO, Checklist.ESIN)
                .output("Evaluación de seguridad y vulnerabilidades")
                .field(Checklist.task("actualizaciones", "Actualizaciones de seguridad necesarias aplicadas",
                        "Necessary security updates applied"))
                .field(Checklist.task("roles_permisos", "Revisión de roles y permisos de usuarios",
                        "Review of user roles and permissions"))
                .field(Checklist.task("vulnerabilidades", "Análisis de vulnerabilidades", "Vulnerability scan"))
                .field(Checklist.task("respaldos", "Copias de respaldo íntegras y restaurables",
                        "Backups complete and restorable"))
                .field(Checklist.observations()).next("2"),
            of("Verificar la evaluación", "Verify the evaluation"), "Evaluación verificada",
            of("Conforme: evaluación cumplida", "Verified: evaluation done"))
            .build();

    @Override
    @PermitAll
    public ProcedureDefinition definition() {
        return FLOW;
    }
}
