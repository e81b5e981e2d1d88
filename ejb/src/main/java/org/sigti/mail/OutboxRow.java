package org.sigti.mail;

import java.io.Serializable;
import java.time.Instant;

/** One line of the Jefe's outbox page. {@code caseId} is set when {@code source} is a case number. */
public record OutboxRow(Long id, Instant createdAt, String source, Long caseId, String recipient,
        String recipientName, String subject, MailStatus status, int attempts, Instant nextAttemptAt,
        MailErrorKind lastErrorKind, String lastError, Instant sentAt, String retriedBy, Instant retriedAt)
        implements Serializable {
}
