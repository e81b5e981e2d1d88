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
import org.sigti.workflow.flow.Recipient;
import org.sigti.workflow.flow.Text;

/**
 * SEPREM-DI-006.1 (SEPREM, Guatemala): maintenance of computer equipment registered in the inventory. Corrective on
 * demand: the requester files step "0" naming the equipment by its patrimonial code (checked against the inventory
 * when filing). Preventive from the annual plan: {@link org.sigti.maintenance.MaintenancePlan} and its timer open
 * one case per computer and printer and year. The equipment goes IN_MAINTENANCE when the inspection (step 2) ends
 * and back to its custodian or the store when it is reinstalled (step 6), each in the move's transaction. Step 5 is
 * the Jefe de Infraestructura's supervision loop (not satisfactory ↺ 3). procedures.md C7, S3 row 8.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE})
public class SepremDi0061 extends DeclaredProcedure implements ProcedureFlow {

    public static final String CODE = "SEPREM-DI-006.1";
    static final String START = "0";
    static final String INSPECTION = "2";
    static final String REINSTALL = "6";
    private static final String INFRA = "DI-INFRA";
    private static final String SUPPORT = "DI-SOPORTE";

    static final ProcedureDefinition FLOW = ProcedureDefinition.builder(SepremDi0061.class, CODE, "SEPREM (Guatemala)",
            Text.of("Mantenimiento a equipo de cómputo", "Maintenance of computer equipment"))
            .offeredAs(15, of("Mi equipo de cómputo necesita mantenimiento",
                    "My computer needs maintenance"))
            .mailTemplates("org.sigti.procedure.inventory.mail")
            .step(START, of("Solicitar el mantenimiento correctivo del equipo (o calendario de mantenimiento)",
                    "Request corrective maintenance of the equipment (or the maintenance calendar)")).byRequester()
                .output("Solicitud directa")
                .hint("Escriba el código patrimonial del equipo en el asunto o la descripción: SIGTI lo busca en el"
                        + " inventario.", "Write the equipment's patrimonial code in the title or the description:"
                        + " SIGTI looks it up in the inventory.")
                .next("1")
            .step("1", of("Asignar el caso de mantenimiento: preventivo del calendario o correctivo por solicitud"
                    + " directa", "Assign the maintenance case: preventive from the calendar or corrective on"
                    + " request")).by(Roles.RESPONSABLE, INFRA).output("Caso asignado").next(INSPECTION)
            .step(INSPECTION, of("Inspeccionar el estado físico del equipo e identificar el contenido a resguardar",
                    "Inspect the equipment's physical state and identify content to safeguard"))
                .by(Roles.TECNICO, SUPPORT)
                .hint("Al terminar la inspección el equipo queda «En mantenimiento» en el inventario.",
                        "When the inspection ends the equipment is «In maintenance» in the inventory.")
                .next("3")
            .step("3", of("Realizar el mantenimiento preventivo y/o correctivo",
                    "Carry out the preventive and/or corrective maintenance")).by(Roles.TECNICO, SUPPORT).next("4")
            .step("4", of("Probar el funcionamiento del equipo y notificar para supervisión",
                    "Test the equipment and notify for supervision")).by(Roles.TECNICO, SUPPORT).next("5")
            .step("5", of("Supervisar la limpieza y el buen funcionamiento; autorizar la entrega al usuario",
                    "Supervise cleanliness and correct operation; authorize delivery to the user"))
                .by(Roles.RESPONSABLE, INFRA).output("Autorización")
                .decide("satisfactorio", of("Satisfactorio: autorizar la entrega", "Satisfactory: authorize delivery"),
                        REINSTALL)
                .loop("no_satisfactorio", of("No satisfactorio: devolver al técnico",
                        "Not satisfactory: return to the technician"), "3")
                .then()
            .step(REINSTALL, of("Reinstalar el equipo en su ubicación original y probarlo en presencia del usuario",
                    "Reinstall the equipment in its original location and test it with the user"))
                .by(Roles.TECNICO, SUPPORT)
                .hint("Al reinstalarlo el equipo vuelve a su custodio (o al almacén) en el inventario.",
                        "Reinstalled, the equipment goes back to its custodian (or the store) in the inventory.")
                .next("7")
            .step("7", of("Registrar el caso en el formulario electrónico e informar a la DI la recepción a"
                    + " satisfacción del usuario", "Register the case in the electronic form and report the user's"
                    + " acceptance to the DI")).by(Roles.TECNICO, SUPPORT).output("Registro en formulario electrónico")
                .mails("maintenanceDone", Recipient.role(Roles.JEFE, "JEFATURA"))
                .end("registrar", of("Registrar y cerrar", "Register and close"), "SOLVED").then()
            .onComplete(SepremDi0061::openCorrective, java.util.List.of(START))
            .onComplete(SepremDi0061::startWork, java.util.List.of(INSPECTION))
            .onComplete(SepremDi0061::finishWork, java.util.List.of(REINSTALL))
            .build();

    @Inject
    MaintenanceWork work;

    @Override
    @PermitAll
    public ProcedureDefinition definition() {
        return FLOW;
    }

    /** Step 0: a corrective case filed by a person opens its work order (the annual plan links its own cases). */
    void openCorrective(Transition t) {
        if (!t.bySystem()) {
            work.openCorrective(t.caseId());
        }
    }

    /** Step 2: the inspection takes the equipment out of service. */
    void startWork(Transition t) {
        work.start(t.caseId(), t.actor().username());
    }

    /** Step 6: reinstalled, back in service. */
    void finishWork(Transition t) {
        work.finish(t.caseId(), t.actor().username());
    }
}
