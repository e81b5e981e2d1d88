package org.sigti.workflow;

import java.util.List;
import java.util.Map;

import jakarta.ejb.ApplicationException;

/**
 * A move the kernel refuses, with the bundle key of the message the user reads and its arguments, and for bad
 * input the message key per field. The transaction rolls back: nothing changes.
 */
@ApplicationException(rollback = true)
public class WorkflowException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final List<String> arguments;
    private final Map<String, String> fieldProblems;

    public WorkflowException(String messageKey, String... arguments) {
        this(messageKey, Map.of(), arguments);
    }

    public WorkflowException(String messageKey, Map<String, String> fieldProblems, String... arguments) {
        super(messageKey + " " + String.join(", ", arguments) + (fieldProblems.isEmpty() ? "" : " " + fieldProblems));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
        this.fieldProblems = Map.copyOf(fieldProblems);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<String> arguments() {
        return arguments;
    }

    /** Field name → message key, for bad input. */
    public Map<String, String> fieldProblems() {
        return fieldProblems;
    }
}
