package org.sigti.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class CaseEventHashTest {

    private static final TrailSeal SEAL = new TrailSeal("0123456789abcdef0123456789abcdef".getBytes(
            StandardCharsets.US_ASCII));

    @Test
    void a_time_with_nanoseconds_is_hashed_as_the_databases_store_it() {
        Instant nanos = Instant.parse("2026-11-21T10:00:00.123456789Z");
        CaseEvent event = new CaseEvent(1, 1, new CaseEvent.Entry(nanos, "u", "Jefe", null, "BREACH", "X", null,
                null, null, null, null), CaseEvent.GENESIS, SEAL);
        assertEquals(Instant.parse("2026-11-21T10:00:00.123456Z"), event.getOccurredAt());
        assertEquals(event.getHash(), event.computeHash(SEAL));
    }

    @Test
    void the_seal_needs_the_key_the_unkeyed_hash_of_the_same_fields_does_not_match_it() {
        CaseEvent event = new CaseEvent(1, 1, new CaseEvent.Entry(Instant.parse("2026-11-21T10:00:00Z"), "u",
                "Jefe", null, "BREACH", "X", null, null, null, "c", null), CaseEvent.GENESIS, SEAL);
        // what someone with the database alone can compute: the published formula, without the key
        assertNotEquals(event.getHash(), event.legacyHash());
        assertEquals(event.legacyHash(), TrailSeal.sha256(event.canonical()));
        TrailSeal other = new TrailSeal("another key of thirty-two bytes!".getBytes(StandardCharsets.US_ASCII));
        assertNotEquals(event.getHash(), event.computeHash(other));
        assertNotEquals(SEAL.keyId(), other.keyId());
        assertEquals(16, SEAL.keyId().length());
    }

    @Test
    void a_short_key_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> new TrailSeal(new byte[16]));
    }
}
