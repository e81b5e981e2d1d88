package org.sigti.workflow;

import jakarta.ejb.ApplicationException;

/** Somebody else acted on the same step first; the loser's action changed nothing. */
@ApplicationException(rollback = true)
public class ConcurrentActionException extends WorkflowException {

    private static final long serialVersionUID = 1L;

    public ConcurrentActionException(String caseNumber, String step) {
        super("workflow.concurrent", caseNumber, step);
    }
}
