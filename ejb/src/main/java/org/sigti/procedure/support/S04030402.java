package org.sigti.procedure.support;

import static org.sigti.workflow.flow.Text.of;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;

import org.sigti.security.Roles;
import org.sigti.workflow.DeclaredProcedure;
import org.sigti.workflow.ProcedureFlow;
import org.sigti.workflow.flow.FieldDefinition;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.Text;

/**
 * S04.03.04.02 (MINDEF, Perú): the help desk validates and assigns support tickets; the support person solves
 * them remotely or on site, escalates to an OGTIE team by category and priority, and ends in a warranty repair or
 * an informe de baja de equipo. Step "7.E" is the OGTIE team's part of step 7 (the team tells the support person
 * whether it solved it). procedures.md E17.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE})
public class S04030402 extends DeclaredProcedure implements ProcedureFlow {

    public static final String CODE = "S04.03.04.02";
    private static final String DESK = "MESA";
    private static final String SUPPORT = "SOPORTE";

    static final ProcedureDefinition FLOW = ProcedureDefinition.builder(S04030402.class, CODE, "MINDEF (Perú)",
            Text.of("Atención de requerimientos de soporte técnico", "Handling of technical-support requests"))
            .offeredAs(10, of("Tengo un problema con mi equipo, un programa o un sistema",
                    "I have a problem with my computer, a program or a system"))
            .step("1", of("Registrar un ticket en la mesa de ayuda", "Register a help-desk ticket")).byRequester()
                .output("Ticket").next("2")
            .step("2", of("Recibir y validar el ticket de soporte", "Receive and validate the ticket"))
                .by(Roles.OPERADOR, DESK).output("Validación")
                .decide("cumple", of("Cumple los requisitos", "Requirements met"), "4")
                .decide("no_cumple", of("No cumple los requisitos", "Requirements not met"), "3").then()
            .step("3", of("Devolver el requerimiento por correo para su corrección y cerrar el ticket",
                    "Return the request by e-mail for correction and close the ticket")).by(Roles.OPERADOR, DESK)
                .output("Ticket cerrado")
                .end("devolver", of("Devolver y cerrar el ticket", "Return and close"), "RETURNED").then()
            .step("4", of("Asignar el ticket al personal de soporte", "Assign the ticket to the support person"))
                .by(Roles.OPERADOR, DESK).output("Asignación")
                .hint("Asigne por especialidad a un responsable de soporte técnico.", "Assign by specialty.")
                .field(SupportFields.IMPACT).field(SupportFields.URGENCY).next("5")
            .step("5", of("Revisar el ticket y atenderlo de forma remota o en sitio",
                    "Review the ticket and solve it remotely or on site")).by(Roles.TECNICO, SUPPORT)
                .observable()
                .decide("resuelto", of("Solucionado", "Solved"), "6")
                .decide("no_resuelto", of("No solucionado: solicitar apoyo a un equipo de la OGTIE",
                        "Not solved: ask an OGTIE team"), "7").then()
            .step("6", of("Registrar la acción y cerrar el ticket", "Register the action and close the ticket"))
                .by(Roles.TECNICO, SUPPORT).output("Ticket cerrado").field(SupportFields.SOLUTION)
                .end("cerrar", of("Cerrar el ticket", "Close the ticket"), "SOLVED").then()
            .step("7", of("Solicitar apoyo al responsable del equipo de la OGTIE según la categoría y prioridad",
                    "Ask the relevant OGTIE team lead for help")).by(Roles.TECNICO, SUPPORT).output("Escalamiento")
                .field(SupportFields.team("equipo", true, "INFRA", "INNOV", "CIBER", "ESTAD")).next("7.E")
            .step("7.E", of("Atender el apoyo solicitado e informar al personal de soporte",
                    "Handle the escalation and tell the support person")).byChosen(Roles.RESPONSABLE, "equipo",
                            "INFRA", "INNOV", "CIBER", "ESTAD")
                .field(SupportFields.OPTIONAL_SOLUTION)
                .decide("resuelto", of("El equipo lo solucionó", "The team solved it"), "8")
                .decide("no_resuelto", of("No se solucionó: revisar la garantía", "Not solved: check warranty"), "9")
                .then()
            .step("8", of("Confirmar con el usuario que el error fue corregido, registrar y cerrar el ticket",
                    "Confirm with the user, register and close")).by(Roles.TECNICO, SUPPORT).output("Ticket cerrado")
                .field(SupportFields.SOLUTION)
                .end("cerrar", of("Cerrar el ticket", "Close the ticket"), "SOLVED").then()
            .step("9", of("Verificar la garantía con la Dirección de Gestión Patrimonial",
                    "Check the warranty with the Dirección de Gestión Patrimonial")).by(Roles.TECNICO, SUPPORT)
                .decide("garantia", of("En garantía", "Under warranty"), "13")
                .decide("sin_garantia", of("Sin garantía: equipo para baja", "Out of warranty"), "10").then()
            .step("10", of("Elaborar el informe de baja de equipo y enviarlo al coordinador de infraestructura",
                    "Write the informe de baja and e-mail it to the infrastructure coordinator"))
                .by(Roles.TECNICO, SUPPORT).output("Informe de baja de equipo (borrador)")
                .field(FieldDefinition.longText("informe_baja", Text.of("Informe de baja: equipo y motivo",
                        "Write-off report: equipment and reason"), true)).next("11")
            .step("11", of("Revisar el informe de baja y enviarlo al Jefe(a) por SISTRADOC",
                    "Review the informe de baja and send it to the Jefe")).by(Roles.RESPONSABLE, "INFRA")
                .loop("observar", of("Con observaciones: devolver al autor", "Return to the author"), "10")
                .decide("enviar", of("Enviar al Jefe(a)", "Send to the Jefe"), "12").then()
            .step("12", of("Revisar y enviar el informe de baja al área usuaria para iniciar la baja del equipo",
                    "Send the informe de baja to the user area")).by(Roles.JEFE, "JEFATURA").output("Informe de baja")
                .end("enviar", of("Enviar al área usuaria", "Send to the user area"), "EQUIPMENT_WRITE_OFF").then()
            .step("13", of("Solicitar al contratista la garantía, coordinar la visita y crear los accesos",
                    "Ask the contractor to honour the warranty and arrange the visit")).by(Roles.TECNICO, SUPPORT)
                .output("Solicitud de garantía; acceso de visita")
                .field(FieldDefinition.text("contratista", Text.of("Contratista", "Contractor"), true))
                .field(FieldDefinition.text("visita", Text.of("Fecha y hora de la visita", "Visit date and time"),
                        true)).next("14")
            .step("14", of("Recibir al contratista en la garita, acompañar y supervisar la reparación",
                    "Meet the contractor at the gate and supervise the repair")).by(Roles.TECNICO, SUPPORT).next("15")
            .step("15", of("Acompañar al contratista a la garita para registrar la salida y cerrar el ticket",
                    "Escort the contractor out and close the ticket")).by(Roles.TECNICO, SUPPORT)
                .output("Ticket cerrado").field(SupportFields.SOLUTION)
                .end("cerrar", of("Cerrar el ticket", "Close the ticket"), "SOLVED").then()
            .priorityFrom(SupportFields.IMPACT, SupportFields.URGENCY).solutionIn(SupportFields.SOLUTION)
            .build();

    @Override
    @PermitAll
    public ProcedureDefinition definition() {
        return FLOW;
    }
}
