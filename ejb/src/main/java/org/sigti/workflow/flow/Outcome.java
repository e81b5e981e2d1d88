package org.sigti.workflow.flow;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.List;

/**
 * One way out of a step: its key (what a screen posts), its label, and where it leads: one or more steps of this
 * procedure (several = parallel branches), a step of another procedure, or the end.
 *
 * @param notifyRequester whether the manual says the user is told at this point (mail after commit)
 * @param closeOutcome    for END: how the case ends (e.g. {@code SOLVED}, {@code RETURNED}), kept on the case
 */
public record Outcome(String key, Text label, OutcomeKind kind, List<String> targets, String targetProcedure,
        boolean notifyRequester, String closeOutcome) implements Serializable {

    public Outcome {
        requireNonNull(key);
        requireNonNull(label);
        requireNonNull(kind);
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    public boolean ends() {
        return kind == OutcomeKind.END;
    }

    public boolean jumps() {
        return kind == OutcomeKind.JUMP;
    }

    /** A copy that also notifies the requester. */
    public Outcome notifying() {
        return new Outcome(key, label, kind, targets, targetProcedure, true, closeOutcome);
    }
}
