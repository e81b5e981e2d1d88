package org.sigti.backup;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;

import jakarta.ejb.ApplicationException;

import org.sigti.workflow.BusinessException;

/**
 * A backup action was refused or could not be done; nothing was changed (the transaction rolls back). Carries the
 * problem and its arguments so that the screen says it in the user's language.
 */
@ApplicationException(rollback = true)
public class BackupException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final BackupProblem problem;

    public BackupException(BackupProblem problem, Object... arguments) {
        super(requireNonNull(problem, "Problem is required.") + " " + Arrays.toString(arguments), null,
                BackupProblem.class.getSimpleName() + "." + problem.name(), arguments);
        this.problem = problem;
    }

    public BackupProblem getProblem() {
        return problem;
    }

    public Object[] getArguments() {
        return messageArguments();
    }
}
