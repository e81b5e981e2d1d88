package org.sigti.workflow;

import java.io.Serializable;
import java.util.Map;

/**
 * A move about to be written, as a procedure's side effects see it: the case, the step left, the way out taken,
 * the values recorded, and who acts.
 */
public record Transition(long caseId, String caseNumber, String procedureCode, String fromStep, String outcome,
        String comment, Map<String, String> fields, Actor actor) implements Serializable {

    public String field(String name) {
        return fields.get(name);
    }

    /** Whether SIGTI itself makes the move: the start step of a case opened by the clock or for a module. */
    public boolean bySystem() {
        return CaseEngine.SYSTEM.username().equals(actor.username());
    }
}
