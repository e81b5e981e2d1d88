package org.sigti.mail;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.SendFailedException;

/**
 * A failed attempt in the outbox's words: its kind, which the Jefe's page translates, and a short one-line text of
 * what the mail server or the network said (never a stack trace; no line breaks that could forge a log line).
 */
public final class MailErrors {

    private MailErrors() {
    }

    /** What kind of failure this was, looking through its causes. */
    public static MailErrorKind kind(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AuthenticationFailedException) {
                return MailErrorKind.AUTHENTICATION;
            }
            if (t instanceof SocketTimeoutException) {
                return MailErrorKind.TIMEOUT;
            }
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof NoRouteToHostException) {
                return MailErrorKind.CONNECTION;
            }
            if (t instanceof SendFailedException) {
                return MailErrorKind.REJECTED;
            }
        }
        return MailErrorKind.OTHER;
    }

    /**
     * The failure's message with those of its causes in parentheses, on one line, at most
     * {@value OutboxMail#ERROR_MAXLENGTH} characters.
     */
    public static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder(message(failure));
        for (Throwable t = failure.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            String cause = message(t);
            if (!text.toString().contains(cause)) {
                text.append(" (").append(cause).append(')');
            }
        }
        String line = text.toString().replaceAll("[\\r\\n\\t]+", " ").strip();
        return line.length() <= OutboxMail.ERROR_MAXLENGTH ? line
                : line.substring(0, OutboxMail.ERROR_MAXLENGTH - 1) + "…";
    }

    private static String message(Throwable t) {
        return t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName() : t.getMessage();
    }
}
