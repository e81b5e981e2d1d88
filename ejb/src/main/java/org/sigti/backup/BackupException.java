package org.sigti.backup;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;

import jakarta.ejb.ApplicationException;

/**
 * A backup action was refused or could not be done; nothing was changed (the transaction rolls back). Carries the
 * problem and its arguments so that the screen says it in the user's language.
 */
@ApplicationException(rollback = true)
public class BackupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final BackupProblem problem;
    private final Object[] arguments;

    public BackupException(BackupProblem problem, Object... arguments) {
        super(requireNonNull(problem, "Problem is required.") + " " + Arrays.toString(arguments));
        this.problem = problem;
        this.arguments = arguments.clone();
    }

    public BackupProblem getProblem() {
        return problem;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
