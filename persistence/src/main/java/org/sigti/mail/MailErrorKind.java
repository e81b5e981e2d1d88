package org.sigti.mail;

/**
 * Why the last attempt at a mail failed, in words the Jefe's page can translate; the mail server's own words are
 * kept beside it ({@code last_error}).
 */
public enum MailErrorKind {
    /** The mail server could not be reached (refused, unknown host, no route). */
    CONNECTION,
    /** The mail server did not answer in time. */
    TIMEOUT,
    /** The mail server refused SIGTI's user or password. */
    AUTHENTICATION,
    /** The mail server refused the recipient or the message. */
    REJECTED,
    /** The server stopped while the mail was being sent: it may have gone out; it is sent again. */
    INTERRUPTED,
    /** Anything else. */
    OTHER
}
