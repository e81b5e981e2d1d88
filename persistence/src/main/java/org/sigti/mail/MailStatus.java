package org.sigti.mail;

/**
 * Where a mail of the outbox is: waiting until its next attempt ({@code PENDING}), claimed by a worker that is
 * talking to the mail server ({@code SENDING}), accepted by the server ({@code SENT}), or given up after the last
 * attempt until the Jefe retries it ({@code FAILED}).
 */
public enum MailStatus {
    PENDING, SENDING, SENT, FAILED
}
