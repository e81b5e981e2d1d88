package org.sigti.workflow;

import jakarta.ejb.Local;

import org.sigti.workflow.flow.ProcedureDefinition;

/**
 * What each procedure's EJB implements: its declaration, and its side effects on each transition (recording a
 * knowledge-base article, issuing a document...). The kernel calls {@link #onTransition} inside the transaction of
 * the move, after checking the move and before writing it; throwing a {@link WorkflowException} refuses the move.
 * Implementations carry their own {@code @RolesAllowed}.
 */
@Local
public interface ProcedureFlow {

    ProcedureDefinition definition();

    void onTransition(Transition transition);
}
