package org.sigti.mail;

import java.time.Duration;
import java.time.Instant;

/**
 * When a mail whose attempt failed is tried again: 30 s after the first failure, then twice as long after each
 * (1, 2, 4, 8 min), never more than 15 min; after the 12th attempt it is {@code FAILED}, about 1 h 45 min after it was
 * owed, and waits for the Jefe. A relay down for a short while (a restart, a network cut) costs a delay, not a mail.
 */
public final class Backoff {

    /** Attempts before a mail is given up (the Jefe may still retry it). */
    public static final int MAX_ATTEMPTS = 12;
    /** The wait after the first failed attempt. */
    public static final Duration FIRST = Duration.ofSeconds(30);
    /** The longest wait between two attempts. */
    public static final Duration CAP = Duration.ofMinutes(15);

    private Backoff() {
    }

    /** The wait after the {@code attempts}-th failed attempt (1 for the first). */
    public static Duration delayAfter(int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("Attempts start at 1: " + attempts);
        }
        // 30 s << 5 is already past the cap: the shift never overflows
        Duration delay = FIRST.multipliedBy(1L << Math.min(attempts - 1, 6));
        return delay.compareTo(CAP) > 0 ? CAP : delay;
    }

    /** What follows the failure of the {@code attempts}-th attempt, failed at {@code now}. */
    public static Retry afterFailure(int attempts, Instant now) {
        if (attempts >= MAX_ATTEMPTS) {
            return new Retry(MailStatus.FAILED, null);
        }
        return new Retry(MailStatus.PENDING, now.plus(delayAfter(attempts)));
    }
}
