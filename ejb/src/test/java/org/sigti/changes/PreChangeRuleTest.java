package org.sigti.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.sigti.backup.CopyVerification;

/** The backup before each maintenance: which copy protects a change, and what a typed copy number or version is. */
class PreChangeRuleTest {

    private static final Instant OPENED = Instant.parse("2026-12-01T14:00:00Z");
    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    void a_copy_taken_since_the_case_was_opened_protects_the_change() {
        assertTrue(PreChangeRule.protects(OPENED, CopyVerification.PENDING, OPENED, NOW));
        assertTrue(PreChangeRule.protects(NOW.minusSeconds(60), CopyVerification.VERIFIED, OPENED, NOW));
    }

    @Test
    void a_copy_older_than_the_case_does_not_protect_it() {
        assertFalse(PreChangeRule.protects(OPENED.minus(Duration.ofMinutes(1)), CopyVerification.VERIFIED, OPENED,
                NOW));
    }

    @Test
    void a_failed_copy_or_one_dated_in_the_future_does_not_protect_it() {
        assertFalse(PreChangeRule.protects(NOW.minusSeconds(60), CopyVerification.FAILED, OPENED, NOW));
        assertFalse(PreChangeRule.protects(NOW.plusSeconds(60), CopyVerification.PENDING, OPENED, NOW));
        assertFalse(PreChangeRule.protects(null, CopyVerification.PENDING, OPENED, NOW));
    }

    @Test
    void a_copy_number_is_read_from_what_was_typed_or_pasted() {
        assertEquals(12L, PreChangeRule.copyNumber(" N.º 12 "));
        assertEquals(4051L, PreChangeRule.copyNumber("#4051"));
        assertNull(PreChangeRule.copyNumber("ninguna"));
        assertNull(PreChangeRule.copyNumber(null));
    }

    @Test
    void a_version_is_a_tag_or_commit_on_one_line() {
        assertEquals("v2.3.1", PreChangeRule.versionRef("  v2.3.1 "));
        assertEquals("9f2c1e7a", PreChangeRule.versionRef("9f2c1e7a"));
        assertNull(PreChangeRule.versionRef("v2\nv3"));
        assertNull(PreChangeRule.versionRef("   "));
        assertNull(PreChangeRule.versionRef("x".repeat(SystemChange.VERSION_MAXLENGTH + 1)));
    }
}
