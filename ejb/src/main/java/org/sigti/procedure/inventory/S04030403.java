package org.sigti.procedure.inventory;

import static org.sigti.workflow.flow.Text.of;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sigti.maintenance.MaintenanceWork;
import org.sigti.security.Roles;
import org.sigti.workflow.DeclaredProcedure;
import org.sigti.workflow.ProcedureFlow;
import org.sigti.workflow.Transition;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.Text;

/**
 * S04.03.04.03 (MINDEF, Perú): preventive and/or corrective maintenance of computers and printers, one ticket per
 * piece of equipment (steps 4 to 13 of the manual). The Responsable de soporte técnico files step 4 on the scheduled
 * date naming the equipment by its patrimonial code (checked against the inventory, as in SEPREM-DI-006.1); the
 * equipment goes IN_MAINTENANCE when the help desk hands the ticket over (step 5) and back to its custodian or the
 * store when the maintenance solves it (step 6). Not solved, it stays IN_MAINTENANCE, out of service, while the
 * oficio de baja (no warranty, 9–11) or the informe situacional for a warranty replacement (12–13) goes its way.
 * The plan and its cronograma (steps 1–3) and the annual report (14–15) are the year's, not a ticket's:
 * {@link org.sigti.maintenance.AnnualPlans} (screen {@code /maintenance/plan.xhtml}); the plan opens the year's
 * preventive tickets here, completed at step 4 by SIGTI and waiting for the help desk at step 5.
 * procedures.md E18, S3 rows 26–27.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE})
public class S04030403 extends DeclaredProcedure implements ProcedureFlow {

    public static final String CODE = "S04.03.04.03";
    static final String START = "4";
    static final String HANDOVER = "5";
    static final String MAINTENANCE = "6";
    private static final String DESK = "MESA";
    private static final String SUPPORT = "SOPORTE";
    private static final String INFRA = "INFRA";
    private static final String DIRECTION = "JEFATURA";

    static final ProcedureDefinition FLOW = ProcedureDefinition.builder(S04030403.class, CODE, "MINDEF (Perú)",
            Text.of("Ejecución del mantenimiento preventivo y/o correctivo de equipos de cómputo e Impresoras",
                    "Preventive and/or corrective maintenance of computers and printers"))
            .step(START, of("Coordinar la visita con la U.O. según el cronograma y el inventario; pedir el ticket a"
                    + " la mesa de ayuda", "Arrange the visit with the unit per schedule and inventory; ask the help"
                    + " desk for a ticket")).by(Roles.TECNICO, SUPPORT).output("Coordinación de visita")
                .hint("Escriba el código patrimonial del equipo en el asunto: SIGTI lo busca en el inventario.",
                        "Write the equipment's patrimonial code in the title: SIGTI looks it up in the inventory.")
                .next(HANDOVER)
            .step(HANDOVER, of("Crear el ticket, categorizarlo y asignarlo", "Create, categorize and assign the ticket"))
                .by(Roles.OPERADOR, DESK).output("Ticket")
                .hint("Al asignarlo el equipo queda «En mantenimiento» en el inventario.",
                        "Once assigned the equipment is «In maintenance» in the inventory.")
                .next(MAINTENANCE)
            .step(MAINTENANCE, of("Inspeccionar los equipos de la U.O. y realizar el mantenimiento preventivo o"
                    + " correctivo", "Inspect the unit's equipment and carry out preventive or corrective maintenance"))
                .by(Roles.TECNICO, SUPPORT)
                .decide("resuelto", of("Solucionado: el equipo vuelve a su custodio", "Solved: back to its custodian"),
                        "7")
                .decide("no_resuelto", of("No solucionado", "Not solved"), "8").then()
            .step("7", of("Registrar la acción y cerrar el ticket", "Register the action and close the ticket"))
                .by(Roles.TECNICO, SUPPORT).output("Ticket cerrado")
                .end("cerrar", of("Cerrar el ticket", "Close the ticket"), "SOLVED").then()
            .step("8", of("Verificar la garantía con la Dirección de Gestión Patrimonial",
                    "Check the warranty with the Dirección de Gestión Patrimonial")).by(Roles.TECNICO, SUPPORT)
                .decide("en_garantia", of("En garantía", "Under warranty"), "12")
                .decide("sin_garantia", of("Sin garantía", "Out of warranty"), "9").then()
            .step("9", of("Redactar el oficio de baja de equipo con el motivo, enviarlo al coordinador de"
                    + " infraestructura y cerrar el ticket", "Draft the oficio de baja de equipo, send it to the"
                    + " infrastructure coordinator and close the ticket")).by(Roles.TECNICO, SUPPORT)
                .output("Oficio de baja (borrador)").next("10")
            .step("10", of("Revisar el oficio de baja y enviarlo al Jefe por SISTRADOC",
                    "Review the oficio de baja and send it to the Jefe via SISTRADOC")).by(Roles.RESPONSABLE, INFRA)
                .next("11")
            .step("11", of("Revisar y enviar el oficio de baja al área usuaria para que inicie la baja",
                    "Review and send the oficio de baja to the user area to start the disposal"))
                .by(Roles.JEFE, DIRECTION).output("Oficio de baja")
                .end("enviar", of("Enviar el oficio de baja", "Send the oficio de baja"), "EQUIPMENT_WRITE_OFF")
                .then()
            .step("12", of("Elaborar el informe situacional del equipo y cerrar el ticket",
                    "Write the informe situacional del equipo and close the ticket")).by(Roles.TECNICO, SUPPORT)
                .output("Informe situacional").next("13")
            .step("13", of("Revisar y firmar el informe situacional; enviarlo al área usuaria para el reemplazo por"
                    + " garantía (DIRAB)", "Review and sign the informe situacional; send it to the user area for"
                    + " the warranty replacement (DIRAB)")).by(Roles.RESPONSABLE, INFRA).output("Informe firmado")
                .end("firmar", of("Firmar y enviar", "Sign and send"), "SOLVED").then()
            .onComplete(S04030403::openCorrective, java.util.List.of(START))
            .onComplete(S04030403::startWork, java.util.List.of(HANDOVER))
            .on(MAINTENANCE, "resuelto", S04030403::finishWork)
            .build();

    @Inject
    MaintenanceWork work;

    @Override
    @PermitAll
    public ProcedureDefinition definition() {
        return FLOW;
    }

    /** Step 4: a corrective case filed by a person opens its work order (the cronograma links its own cases). */
    void openCorrective(Transition t) {
        if (!t.bySystem()) {
            work.openCorrective(t.caseId());
        }
    }

    /** Step 5: the equipment is handed over: out of service while maintained. */
    void startWork(Transition t) {
        work.start(t.caseId(), t.actor().username());
    }

    /** Step 6, solved: back in service. */
    void finishWork(Transition t) {
        work.finish(t.caseId(), t.actor().username());
    }
}
