package org.sigti.workflow;

import java.util.Arrays;

import jakarta.ejb.ApplicationException;

/**
 * The root of every refusal SIGTI explains to the person who asked: a rule of the manual, a stale version, bad
 * input. It carries the key of its message in the screens' bundle and the message's arguments; the screens say it in
 * the person's language (the web layer's exception handler shows it on the page that asked, or on an error page),
 * never its class or stack trace. The transaction rolls back: nothing changes. Access denials are not refusals of this
 * kind ({@code AccessDeniedException}): they answer 403 and are recorded.
 */
@ApplicationException(rollback = true)
public abstract class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final Object[] messageArguments;

    protected BusinessException(String message, Throwable cause, String messageKey, Object... messageArguments) {
        super(message, cause);
        this.messageKey = messageKey;
        this.messageArguments = messageArguments.clone();
    }

    /** The key of the message in the screens' bundle. */
    public String messageKey() {
        return messageKey;
    }

    /** The values the message names, in its order (texts, numbers, dates, enum values). */
    public Object[] messageArguments() {
        return messageArguments.clone();
    }

    @Override
    public String toString() {
        return getClass().getName() + ": " + messageKey + " " + Arrays.toString(messageArguments);
    }
}
