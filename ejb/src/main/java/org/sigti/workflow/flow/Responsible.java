package org.sigti.workflow.flow;

import java.io.Serializable;
import java.util.List;

import org.sigti.security.Roles;

/**
 * Who does a step: a role inside a queue the manual names ("Operador de Soporte Técnico del AIT" = Operador in
 * queue AIT), a role in a queue chosen at run time from a field ("the relevant OGTIE team"; with no choices, any
 * unit the field names: "the Responsable of each unit"), or the requester.
 */
public record Responsible(String role, String queue, String queueField, List<String> queueChoices)
        implements Serializable {

    public Responsible {
        queueChoices = queueChoices == null ? List.of() : List.copyOf(queueChoices);
    }

    /**
     * The role of the steps SIGTI itself completes (a step that waits on a linked case): no person holds it, so no
     * inbox shows such a step and nobody may act on it.
     */
    public static final String SIGTI = "SIGTI";

    /** Nobody but SIGTI: a step that waits ({@link ProcedureDefinition.StepBuilder#awaitsCase}). */
    public static Responsible sigti() {
        return new Responsible(SIGTI, null, null, List.of());
    }

    /** Whether only SIGTI completes the step. */
    public boolean isSigti() {
        return SIGTI.equals(role) && queue == null && queueField == null;
    }

    public static Responsible requester() {
        return new Responsible(Roles.SOLICITANTE, null, null, List.of());
    }

    public static Responsible of(String role, String queue) {
        return new Responsible(role, queue, null, List.of());
    }

    public static Responsible chosen(String role, String field, List<String> queues) {
        return new Responsible(role, null, field, queues);
    }

    public boolean isRequester() {
        return Roles.SOLICITANTE.equals(role) && queue == null && queueField == null;
    }
}
