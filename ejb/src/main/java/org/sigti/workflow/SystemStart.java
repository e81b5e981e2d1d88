package org.sigti.workflow;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import org.sigti.security.Roles;

/**
 * Runs a procedure's side effects of the start step SIGTI completes itself ({@link CaseEngine#startBySystem}). The
 * clock, a module's timer or a person's "run now" may have no identity the procedure's EJB lets through, so the call
 * to its flow runs as the Jefe, whom every procedure admits, like the backup timers' calls. Only SIGTI's own start
 * moves are run: the transition must be made by the system actor.
 */
@Stateless
@PermitAll // called by the kernel inside the transaction that opens the case; refuses any move not SIGTI's own
@RunAs(Roles.JEFE)
public class SystemStart {

    public void run(ProcedureFlow flow, Transition start) {
        if (!start.bySystem()) {
            throw new IllegalArgumentException("not a start by SIGTI: " + start.caseNumber());
        }
        flow.onTransition(start);
    }
}
