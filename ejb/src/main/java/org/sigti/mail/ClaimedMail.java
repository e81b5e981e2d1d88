package org.sigti.mail;

/**
 * A mail a worker claimed ({@code SENDING}): what to send, and the version and attempt count its claim left, which
 * the outcome must find unchanged.
 */
public record ClaimedMail(long id, long version, int attempts, String source, String template, String recipient,
        String recipientName, String subject, String body, String caseHeader, String cc, String from) {
}
