package org.sigti.it.kernel;

import static org.sigti.workflow.flow.Text.of;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;

import org.sigti.procedure.lifecycle.HelpDeskTicket;
import org.sigti.security.Roles;
import org.sigti.workflow.ProcedureFlow;
import org.sigti.workflow.Transition;
import org.sigti.workflow.flow.ProcedureDefinition;

/**
 * A procedure that exists only in the kernel's tests, deployed in a module of the tested EAR: a step that opens the
 * help desk's ticket (⇲), a step that waits until the ticket is assigned, and, after a step of its own, one that
 * waits until the ticket is closed. Opened by SIGTI, so the test needs no institution enabled for a person's filing.
 */
@Stateless
@PermitAll // a test fixture: its side effects are none
public class TicketTestFlow implements ProcedureFlow {

    static final String CODE = "TEST-TICKET";
    static final String KEY = "PASE";

    static final ProcedureDefinition FLOW = ProcedureDefinition.builder(CODE, "MINDEF (Perú)",
            of("Prueba de tickets vinculados", "Linked tickets test"))
            .startedBySystemOnly()
            .step("0", of("Abrir (SIGTI)", "Open (SIGTI)")).by(Roles.JEFE, "SIGTI").next("1")
            .step("1", of("Solicitar el pase a producción", "Request the go-live")).by(Roles.TECNICO, "INNOV")
                .opensCase(KEY, HelpDeskTicket.CODE).next("2")
            .step("2", of("Evaluar el ticket y asignarlo a Infraestructura", "Evaluate the ticket and assign it"))
                .awaitsCase(KEY, HelpDeskTicket.ASSIGN_STEP).next("3")
            .step("3", of("Ejecutar el pase", "Run the go-live")).by(Roles.TECNICO, "INNOV").next("4")
            .step("4", of("Cerrar el ticket", "Close the ticket")).awaitsCase(KEY, null).next("5")
            .step("5", of("Comunicar la culminación", "Report the end")).by(Roles.TECNICO, "INNOV")
                .end("fin", of("Cerrar", "Close"), "SOLVED").then()
            .build();

    @Override
    public ProcedureDefinition definition() {
        return FLOW;
    }

    @Override
    public void onTransition(Transition transition) {
        // none
    }
}
