package org.sigti.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class CaseEventHashTest {

    @Test
    void a_time_with_nanoseconds_is_hashed_as_the_databases_store_it() {
        Instant nanos = Instant.parse("2026-11-21T10:00:00.123456789Z");
        CaseEvent event = new CaseEvent(1, 1, new CaseEvent.Entry(nanos, "u", "Jefe", null, "BREACH", "X", null,
                null, null, null, null), CaseEvent.GENESIS);
        assertEquals(Instant.parse("2026-11-21T10:00:00.123456Z"), event.getOccurredAt());
        assertEquals(event.getHash(), event.computeHash());
    }
}
