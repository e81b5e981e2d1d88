package org.sigti.kb;

import java.util.Arrays;
import java.util.List;

import jakarta.ejb.ApplicationException;

/**
 * Why the knowledge base refused an operation, for the person who asked: every subclass carries the key of its
 * message in the application bundle ({@code kb.error.*}) and the message's arguments. The transaction rolls back;
 * screens show the message and keep what the person typed.
 */
@ApplicationException(rollback = true)
public abstract class KbException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final List<String> arguments;

    protected KbException(String message, String messageKey, Object... arguments) {
        super(message);
        this.messageKey = messageKey;
        this.arguments = Arrays.stream(arguments).map(String::valueOf).toList();
    }

    public String getMessageKey() {
        return messageKey;
    }

    public List<String> getArguments() {
        return arguments;
    }
}
