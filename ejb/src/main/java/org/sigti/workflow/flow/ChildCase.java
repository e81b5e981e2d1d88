package org.sigti.workflow.flow;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;

/**
 * ⇲ What a step declares with {@link ProcedureDefinition.StepBuilder#opensCase}: when it is completed, SIGTI files a
 * case of {@code procedure} (e.g. the help desk's ticket) linked to the parent case under {@code key} ("QA", "PASE").
 */
public record ChildCase(String key, String procedure) implements Serializable {

    /** The longest link key (the column's length). */
    public static final int KEY_MAXLENGTH = 20;

    public ChildCase {
        requireNonNull(key, "the link's key is required");
        requireNonNull(procedure, "the linked case's procedure is required");
        if (key.isBlank() || key.length() > KEY_MAXLENGTH) {
            throw new IllegalArgumentException("a link key has 1 to " + KEY_MAXLENGTH + " characters: " + key);
        }
    }
}
