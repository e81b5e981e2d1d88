package org.sigti.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Instant NOW = Instant.parse("2026-11-20T14:00:00Z");

    @Test
    void the_wait_doubles_from_30_seconds_and_stops_growing_at_15_minutes() {
        List<Duration> waits = new ArrayList<>();
        for (int attempt = 1; attempt <= 11; attempt++) {
            waits.add(Backoff.delayAfter(attempt));
        }

        assertEquals(List.of(Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2),
                Duration.ofMinutes(4), Duration.ofMinutes(8), Duration.ofMinutes(15), Duration.ofMinutes(15),
                Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofMinutes(15)), waits);
        assertEquals(Duration.ofMinutes(15), Backoff.delayAfter(Integer.MAX_VALUE), "no overflow, ever");
    }

    @Test
    void a_failed_attempt_before_the_last_is_pending_again_after_its_wait() {
        Retry retry = Backoff.afterFailure(3, NOW);

        assertEquals(MailStatus.PENDING, retry.status());
        assertEquals(NOW.plus(Duration.ofMinutes(2)), retry.nextAttemptAt());
    }

    @Test
    void the_twelfth_failed_attempt_gives_the_mail_up_about_an_hour_and_three_quarters_after_it_was_owed() {
        Instant at = NOW;
        int attempt = 1;
        Retry retry = Backoff.afterFailure(attempt, at);
        while (retry.status() == MailStatus.PENDING) {
            at = retry.nextAttemptAt();
            retry = Backoff.afterFailure(++attempt, at);
        }

        assertEquals(Backoff.MAX_ATTEMPTS, attempt);
        assertEquals(MailStatus.FAILED, retry.status());
        assertNull(retry.nextAttemptAt());
        assertEquals(Duration.ofSeconds(6330), Duration.between(NOW, at), "1 h 45 min 30 s of retries");
        // the Jefe's retry of a failed mail is one more attempt: failing again, it is failed again
        assertEquals(MailStatus.FAILED, Backoff.afterFailure(Backoff.MAX_ATTEMPTS + 1, at).status());
    }

    @Test
    void attempts_start_at_one() {
        assertThrows(IllegalArgumentException.class, () -> Backoff.delayAfter(0));
    }
}
