package org.sigti.sla;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;

import jakarta.ejb.ApplicationException;

/**
 * A service-level edit was refused because the input is wrong; nothing was changed (the transaction rolls back).
 * Carries the problem and its arguments so that the screen can say it in the user's language.
 */
@ApplicationException(rollback = true)
public class ServiceLevelException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ServiceLevelProblem problem;
    private final Object[] arguments;

    public ServiceLevelException(ServiceLevelProblem problem, Object... arguments) {
        super(requireNonNull(problem, "Problem is required.") + " " + Arrays.toString(arguments));
        this.problem = problem;
        this.arguments = arguments.clone();
    }

    public ServiceLevelProblem getProblem() {
        return problem;
    }

    /** The values the message names (priorities, days, times, dates, numbers), in the documented order. */
    public Object[] getArguments() {
        return arguments.clone();
    }
}
