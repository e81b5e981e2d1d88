package org.sigti.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class CaseEventTest {

    private static final TrailSeal SEAL = new TrailSeal(new byte[32]);

    private static CaseEvent.Entry entry(String comment) {
        return new CaseEvent.Entry(Instant.parse("2026-11-21T10:00:00.123456Z"), "operador", "Operador", "AIT",
                "COMPLETE", "UGAT/AIT-PR01", "2", "3", "continuar", comment, null);
    }

    @Test
    void the_hash_covers_the_previous_hash_and_every_field() {
        CaseEvent a = new CaseEvent(7, 2, entry("ok"), CaseEvent.GENESIS, SEAL);
        assertEquals(a.getHash(), new CaseEvent(7, 2, entry("ok"), CaseEvent.GENESIS, SEAL).getHash());
        assertNotEquals(a.getHash(), new CaseEvent(7, 2, entry("ok."), CaseEvent.GENESIS, SEAL).getHash());
        assertNotEquals(a.getHash(), new CaseEvent(7, 3, entry("ok"), CaseEvent.GENESIS, SEAL).getHash());
        assertNotEquals(a.getHash(), new CaseEvent(8, 2, entry("ok"), CaseEvent.GENESIS, SEAL).getHash());
        assertNotEquals(a.getHash(), new CaseEvent(7, 2, entry("ok"), a.getHash(), SEAL).getHash());
        // a null and the text "null" are different inputs
        assertNotEquals(new CaseEvent(7, 2, entry(null), CaseEvent.GENESIS, SEAL).getHash(),
                new CaseEvent(7, 2, entry("null"), CaseEvent.GENESIS, SEAL).getHash());
    }
}
