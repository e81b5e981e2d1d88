package org.sigti.people;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;

import jakarta.ejb.ApplicationException;

/**
 * A change of an institution's letterhead or numbering was refused because the input is wrong or stale; nothing was
 * changed (the transaction rolls back). Carries the problem and its arguments so that the screen can say it in the
 * user's language.
 */
@ApplicationException(rollback = true)
public class InstitutionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final InstitutionProblem problem;
    private final Object[] arguments;

    public InstitutionException(InstitutionProblem problem, Object... arguments) {
        super(requireNonNull(problem, "Problem is required.") + " " + Arrays.toString(arguments));
        this.problem = problem;
        this.arguments = arguments.clone();
    }

    public InstitutionProblem getProblem() {
        return problem;
    }

    /** The values the message names (lengths, sizes, fields), in the documented order. */
    public Object[] getArguments() {
        return arguments.clone();
    }
}
