package org.sigti.mail;

import java.time.Instant;

/** What follows a failed attempt: pending again at {@code nextAttemptAt}, or failed (then without a next attempt). */
public record Retry(MailStatus status, Instant nextAttemptAt) {
}
