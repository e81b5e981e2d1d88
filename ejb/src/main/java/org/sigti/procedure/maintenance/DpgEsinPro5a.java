package org.sigti.procedure.maintenance;

import static org.sigti.workflow.flow.Text.of;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sigti.security.Roles;
import org.sigti.workflow.DeclaredProcedure;
import org.sigti.workflow.ProcedureFlow;
import org.sigti.workflow.Transition;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.Text;

/**
 * DPG/ESIN-PRO-5.a, SIGTI's sub-procedure of DPG/ESIN-PRO-5 (Defensoría del Pueblo) for its "a) Mantenimiento
 * Preventivo" (section 7), which the manual describes as a per-system checklist without a step table: each semester
 * SIGTI opens one case per active system (step 0), the Técnico III of ESIN executes the checklist (1), the
 * Responsable de ESIN verifies it (2, ↺ 1), which writes the system's row of the register DGP/ESIN-R-6 (type
 * preventive, concluded). "Cumplido" for the indicator = the case ended DONE. procedures.md A1, S3
 * row 1.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE})
public class DpgEsinPro5a extends DeclaredProcedure implements ProcedureFlow {

    public static final String CODE = "DPG/ESIN-PRO-5.a";

    static final ProcedureDefinition FLOW = Checklist.verified(Checklist.planned(ProcedureDefinition.builder(DpgEsinPro5a.class, CODE,
            "Defensoría del Pueblo (Bolivia)", Text.of("Mantenimiento preventivo semestral de un sistema",
                    "Semiannual preventive maintenance of a system")),
            of("Planificar el mantenimiento preventivo del semestre", "Plan the semester's preventive maintenance"))
            .step("1", of("Ejecutar la lista de verificación del mantenimiento preventivo",
                    "Execute the preventive-maintenance checklist")).by(Roles.TECNICO, Checklist.ESIN)
                .output("Lista de verificación por sistema")
                .hint("Fuera del horario laboral cuando sea posible. Pruebas funcionales al terminar.",
                        "Outside working hours where possible. Functional tests when done.")
                .field(Checklist.task("revision_logs", "Revisar logs, base de datos y uso de recursos",
                        "Review logs, the database and resource usage"))
                .field(Checklist.task("limpieza", "Limpiar archivos temporales y optimizar el rendimiento",
                        "Clean temporary files and optimize performance"))
                .field(Checklist.task("parches", "Aplicar parches de seguridad y actualizaciones",
                        "Apply security patches and updates"))
                .field(Checklist.task("respaldos", "Verificar las copias de respaldo", "Verify the backups"))
                .field(Checklist.task("funciones_criticas", "Probar las funciones críticas",
                        "Test the critical functions"))
                .field(Checklist.task("pruebas_funcionales", "Pruebas funcionales posteriores al mantenimiento",
                        "Functional tests after the maintenance"))
                .field(Checklist.observations()).next("2"),
            of("Verificar el mantenimiento ejecutado", "Verify the maintenance done"),
            "Registro DGP/ESIN-R-6 actualizado", of("Conforme: mantenimiento cumplido", "Verified: maintenance done"))
            .on("2", "conforme", DpgEsinPro5a::register)
            .build();

    @Inject
    MaintenanceCases cases;

    @Override
    @PermitAll
    public ProcedureDefinition definition() {
        return FLOW;
    }

    /** Step 2, conforme: the register DGP/ESIN-R-6 gets the preventive maintenance's row, concluded. */
    void register(Transition t) {
        cases.registerPreventive(t, SemesterCases.SYSTEM, Checklist.observations());
    }
}
