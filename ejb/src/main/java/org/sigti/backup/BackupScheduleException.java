package org.sigti.backup;

import java.util.Map;

import jakarta.ejb.ApplicationException;

/**
 * A schedule refused: the bundle key of each field's problem (and of the whole form under ""); nothing is saved.
 */
@ApplicationException(rollback = true)
public class BackupScheduleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> problems;

    public BackupScheduleException(Map<String, String> problems) {
        super("backup schedule refused: " + problems);
        this.problems = Map.copyOf(problems);
    }

    /** Field name → message key. */
    public Map<String, String> problems() {
        return problems;
    }
}
