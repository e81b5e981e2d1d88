package org.sigti.kb;

import java.util.Arrays;
import java.util.List;

import jakarta.ejb.ApplicationException;

import org.sigti.workflow.BusinessException;

/**
 * Why the knowledge base refused an operation, for the person who asked: every subclass carries the key of its
 * message in the application bundle ({@code kb.error.*}) and the message's arguments. The transaction rolls back;
 * screens show the message and keep what the person typed.
 */
@ApplicationException(rollback = true)
public abstract class KbException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final List<String> arguments;

    protected KbException(String message, String messageKey, Object... arguments) {
        super(message, null, messageKey, arguments);
        this.arguments = Arrays.stream(arguments).map(String::valueOf).toList();
    }

    public String getMessageKey() {
        return messageKey();
    }

    public List<String> getArguments() {
        return arguments;
    }
}
