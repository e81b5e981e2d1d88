package org.sigti.workflow;

import java.io.Serializable;
import java.util.Map;

import org.sigti.workflow.flow.FieldDefinition;
import org.sigti.workflow.flow.ProcedureDefinition;

/**
 * A move about to be written, as a procedure's hooks see it: the case, the step left, the way out taken, the values
 * recorded, and who acts. {@code definition} is the declaration whose hook runs (set by
 * {@link ProcedureDefinition#run}), so that {@link #value} can refuse a field the procedure does not declare.
 */
public record Transition(long caseId, String caseNumber, String procedureCode, String fromStep, String outcome,
        String comment, Map<String, String> fields, Actor actor, ProcedureDefinition definition)
        implements Serializable {

    public Transition(long caseId, String caseNumber, String procedureCode, String fromStep, String outcome,
            String comment, Map<String, String> fields, Actor actor) {
        this(caseId, caseNumber, procedureCode, fromStep, outcome, comment, fields, actor, null);
    }

    public String field(String name) {
        return fields.get(name);
    }

    /**
     * The value this move records for {@code field}, or null when the step leaves it blank; a field the procedure
     * does not declare is a programming error.
     */
    public String value(FieldDefinition field) {
        if (definition != null && !definition.declares(field.name())) {
            throw new IllegalStateException(procedureCode + " step " + fromStep + " reads undeclared field "
                    + field.name());
        }
        return fields.get(field.name());
    }

    /** Whether the way out {@code key} was taken. */
    public boolean took(String key) {
        return key.equals(outcome);
    }

    /** This transition, as seen by the hooks of {@code def}. */
    public Transition declaredBy(ProcedureDefinition def) {
        return new Transition(caseId, caseNumber, procedureCode, fromStep, outcome, comment, fields, actor, def);
    }

    /** Whether SIGTI itself makes the move: the start step of a case opened by the clock or for a module. */
    public boolean bySystem() {
        return CaseEngine.SYSTEM.username().equals(actor.username());
    }
}
