package org.sigti.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PrefixTest {

    @Test
    void the_range_ends_after_the_last_letter_or_digit() {
        Prefix p = Prefix.of(" dti-00 ", true).orElseThrow();
        assertEquals("DTI-00", p.low());
        assertEquals("DTI-01", p.high());
        assertEquals("DTI-00%", p.like());
        assertEquals("DTJ", Prefix.of("DTI-", true).orElseThrow().high(), "trailing punctuation is left out");
        assertEquals("DTI", Prefix.of("DTI-", true).orElseThrow().low());
    }

    @Test
    void nines_and_zeds_carry() {
        assertEquals("ABA", Prefix.upperBound("AB9", true));
        assertEquals("AC", Prefix.upperBound("ABZ", true));
        assertNull(Prefix.upperBound("ZZ", true));
        assertEquals("anb", Prefix.upperBound("ana", false));
    }

    @Test
    void like_wildcards_typed_are_literal() {
        assertEquals("A!_B!%!!%", Prefix.of("a_b%!", true).orElseThrow().like());
        assertTrue(Prefix.of("  ", true).isEmpty());
    }
}
