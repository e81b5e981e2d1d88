package org.sigti.mail;

/** A mail was written to the outbox, or made due again, in the current transaction: nudge the worker after it. */
public record MailQueued(long id) {
}
