package org.sigti.people;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;

import jakarta.ejb.ApplicationException;

import org.sigti.workflow.BusinessException;

/**
 * A change of an institution's letterhead or numbering was refused because the input is wrong or stale; nothing was
 * changed (the transaction rolls back). Carries the problem and its arguments so that the screen can say it in the
 * user's language.
 */
@ApplicationException(rollback = true)
public class InstitutionException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final InstitutionProblem problem;

    public InstitutionException(InstitutionProblem problem, Object... arguments) {
        super(requireNonNull(problem, "Problem is required.") + " " + Arrays.toString(arguments), null,
                InstitutionProblem.class.getSimpleName() + "." + problem.name(), arguments);
        this.problem = problem;
    }

    public InstitutionProblem getProblem() {
        return problem;
    }

    /** The values the message names (lengths, sizes, fields), in the documented order. */
    public Object[] getArguments() {
        return messageArguments();
    }
}
