package org.sigti.accounts;

import java.util.Map;

import org.sigti.workflow.WorkflowException;

/**
 * A change of a platform or privilege refused (bad input, a code taken, a stale edit, a platform with accounts), with
 * the bundle key of the Spanish message and, for bad input, the key per field. Nothing changes.
 */
public class PlatformException extends WorkflowException {

    private static final long serialVersionUID = 1L;

    public PlatformException(String messageKey, String... arguments) {
        super(messageKey, arguments);
    }

    public PlatformException(Map<String, String> fieldProblems) {
        super("platforms.invalid", fieldProblems);
    }
}
