package org.sigti.procedure.lifecycle;

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
 * The help desk's ticket inside a MINDEF lifecycle procedure: SIGTI's rendering of the "ticket en el aplicativo de
 * mesa de ayuda" that S04.02.00.01 and S04.02.00.02 (the manual's sections 6.2.1 and 6.2.2, seed 004) create and
 * close along the way: the attention ticket (S04.02.00.01 steps 3 and 6), the quality-control ticket (17, closed at
 * 25), the go-live ticket (27, evaluated and assigned at 28, closed at 40), the publication ticket (31, closed at 39
 * and 40) and the training ticket (42), and their counterparts in S04.02.00.02. It is not a procedure of the
 * manual's inventory: the manual names no procedure for the ticket itself, only what the help desk does with it.
 *
 * <p>A parent step that says "genera/registra el ticket" declares {@code opensCase(key, HelpDeskTicket.CODE)}: when
 * it is completed, SIGTI files the ticket (step "0", by SIGTI, titled after the parent step and case) linked to the
 * parent; the Operador(a) de mesa de ayuda (Operador of MESA) evaluates it and records to whom or to which team it is
 * assigned (1, the manual's "evaluar y asignar el ticket registrado"), then records the action done and closes it (2,
 * "registra la acción realizada y cierra el ticket"). The parent's steps that wait on the ticket
 * ({@code awaitsCase(key, "1")} or {@code awaitsCase(key, null)} for the closing) go on when it gets there. Nobody
 * files it by hand: the catalog offers it to nobody. Its code, "S04.02.00.T", cannot clash with the manual's numbering
 * (which uses digits only).
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE})
public class HelpDeskTicket extends DeclaredProcedure implements ProcedureFlow {

    public static final String CODE = "S04.02.00.T";
    /** The help desk's queue. */
    static final String DESK = "MESA";
    /** The ticket's steps: evaluated and assigned, then closed. */
    public static final String ASSIGN_STEP = "1";
    public static final String CLOSE_STEP = "2";
    /** The ways out of steps 1 and 2. */
    public static final String ASSIGNED = "asignado";
    public static final String CLOSED = "cerrado";

    /** Step 1: to whom, or to which team, the help desk assigns the ticket. */
    public static final FieldDefinition ASSIGNED_TO = FieldDefinition.text("ticket_asignado_a",
            of("Asignado a (persona o equipo de trabajo)", "Assigned to (person or team)"), true);
    /** Step 2: the action done, recorded as the ticket is closed. */
    public static final FieldDefinition ACTION = FieldDefinition.longText("ticket_accion",
            of("Acción realizada", "Action taken"), true);

    static final ProcedureDefinition FLOW = ProcedureDefinition.builder(HelpDeskTicket.class, CODE, "MINDEF (Perú)",
            Text.of("Ticket de mesa de ayuda", "Help desk ticket"))
        // filed by SIGTI when a lifecycle step opens it; its start step is in a queue no person serves
        .startedBySystemOnly()
        .step("0", of("Registrar el ticket de mesa de ayuda (SIGTI, desde el procedimiento que lo genera)",
                "Register the help desk ticket (SIGTI, from the procedure that creates it)"))
            .by(Roles.JEFE, "SIGTI").output("Ticket de atención").next(ASSIGN_STEP)
        .step(ASSIGN_STEP, of("Evaluar el ticket y asignarlo", "Evaluate the ticket and assign it"))
            .by(Roles.OPERADOR, DESK)
            .hint("Evalúe el ticket y registre a quién o a qué equipo de trabajo lo asigna; el procedimiento que lo"
                    + " generó sigue cuando usted lo asigna o lo cierra, según espere.", "Evaluate the ticket and"
                    + " record to whom or to which team you assign it; the procedure that created it goes on when"
                    + " you assign or close it, as it waits.")
            .field(ASSIGNED_TO)
            .decide(ASSIGNED, of("Asignar el ticket", "Assign the ticket"), CLOSE_STEP).then()
        .step(CLOSE_STEP, of("Cerrar el ticket", "Close the ticket")).by(Roles.OPERADOR, DESK)
            .hint("Registre la acción realizada y cierre el ticket de atención.",
                    "Record the action taken and close the ticket.")
            .field(ACTION).output("Ticket cerrado")
            .end(CLOSED, of("Registrar la acción y cerrar el ticket", "Record the action and close the ticket"),
                    "SOLVED").then()
        .build();

    @Override
    @PermitAll
    public ProcedureDefinition definition() {
        return FLOW;
    }
}
