package org.sigti.workflow.flow;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.List;

/**
 * A hook bound to a step of a declaration: run when the step is completed, or only when the way out
 * {@code outcome} is taken; {@link #ANY_END} binds it to every way out that ends the case. {@code reads} are the
 * fields the hook reads, checked against the declaration when it is built.
 */
public record Binding(String step, String outcome, StepHook<Object> hook, List<FieldDefinition> reads)
        implements Serializable {

    /** The step of a binding run whenever the case ends, whatever the step. */
    public static final String ANY_END = "(fin)";

    public Binding {
        requireNonNull(step);
        requireNonNull(hook);
        reads = List.copyOf(reads);
    }

    /** Whether this binding runs for leaving {@code fromStep} by {@code way}. */
    boolean matches(String fromStep, Outcome way) {
        if (ANY_END.equals(step)) {
            return way.ends();
        }
        return step.equals(fromStep) && (outcome == null || outcome.equals(way.key()));
    }
}
