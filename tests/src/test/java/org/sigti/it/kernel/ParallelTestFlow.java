package org.sigti.it.kernel;

import static org.sigti.workflow.flow.Text.of;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;

import org.sigti.security.Roles;
import org.sigti.workflow.ProcedureFlow;
import org.sigti.workflow.Transition;
import org.sigti.workflow.flow.ProcedureDefinition;

/**
 * A procedure that exists only in the kernel's tests, deployed in a module of the tested EAR: two parallel branches
 * (∥) and a step that waits for both. None of the manuals' support procedures has parallel steps.
 */
@Stateless
@PermitAll // a test fixture: its side effects are none
public class ParallelTestFlow implements ProcedureFlow {

    static final String CODE = "TEST-PARALELO";

    static final ProcedureDefinition FLOW = ProcedureDefinition.builder(CODE, "AGETIC (Bolivia)", of("Prueba de pasos"
            + " paralelos", "Parallel steps test"))
            .step("1", of("Solicitar", "Request")).byRequester().next("2")
            .step("2", of("Repartir", "Split")).by(Roles.OPERADOR, "AIT")
                .fork("repartir", of("A la UIT y a la UPAT a la vez", "To UIT and UPAT at once"), "3.A", "3.B").then()
            .step("3.A", of("Parte de la UIT", "UIT's part")).by(Roles.TECNICO, "UIT").next("4")
            .step("3.B", of("Parte de la UPAT", "UPAT's part")).by(Roles.TECNICO, "UPAT").next("4")
            .step("4", of("Reunir y cerrar", "Join and close")).by(Roles.RESPONSABLE, "AIT").join()
                .end("cerrar", of("Cerrar", "Close"), "SOLVED").then()
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
