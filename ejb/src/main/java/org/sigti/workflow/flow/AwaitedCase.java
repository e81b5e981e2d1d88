package org.sigti.workflow.flow;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;

/**
 * What a step declares with {@link ProcedureDefinition.StepBuilder#awaitsCase}: it waits, nobody acts on it, until
 * the case linked under {@code key} has completed {@code childStep}, or, when {@code childStep} is null, has closed.
 */
public record AwaitedCase(String key, String childStep) implements Serializable {

    public AwaitedCase {
        requireNonNull(key, "the link's key is required");
    }

    /** Whether the step waits for the linked case to close (not for one of its steps). */
    public boolean untilClosed() {
        return childStep == null;
    }
}
