package org.sigti.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** A change is recorded whole: what, version and rollback plan, with its copy or its waiver. */
class SystemChangeTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    private static ChangeFacts facts(String summary, String version, String rollback) {
        return new ChangeFacts("SEPREM", 7L, 11L, "SOL-2026-000011", "SEPREM-DI-007.1", summary, version, rollback);
    }

    @Test
    void a_change_after_a_copy_keeps_the_copy_and_no_waiver() {
        SystemChange c = SystemChange.afterCopy(facts(" Nuevo formulario ", "v1.2.0", "Volver a v1.1.9"), "jefe.di",
                NOW, 42L);
        assertEquals("Nuevo formulario", c.getSummary());
        assertEquals(42L, c.getBackupCopyId());
        assertNull(c.getWaiverId());
        assertEquals("SEPREM", c.getInstitutionCode());
    }

    @Test
    void a_change_under_a_waiver_keeps_the_waiver_and_no_copy() {
        SystemChange c = SystemChange.underWaiver(facts("Texto", "abc1234", "Revertir"), "jefe.di", NOW, 9L);
        assertEquals(9L, c.getWaiverId());
        assertNull(c.getBackupCopyId());
    }

    @Test
    void a_first_release_has_neither_copy_nor_waiver() {
        SystemChange c = SystemChange.firstRelease(facts("Primera versión", "v1.0.0", "Retirar la publicación"),
                "jefe.di", NOW);
        assertTrue(c.isFirstRelease());
        assertNull(c.getBackupCopyId());
        assertNull(c.getWaiverId());
        assertFalse(SystemChange.afterCopy(facts("Texto", "v1", "plan"), "jefe.di", NOW, 1L).isFirstRelease());
    }

    @Test
    void a_change_without_what_version_or_rollback_plan_is_refused() {
        assertThrows(IllegalArgumentException.class,
                () -> SystemChange.afterCopy(facts(" ", "v1", "plan"), "jefe.di", NOW, 1L));
        assertThrows(IllegalArgumentException.class,
                () -> SystemChange.afterCopy(facts("cambio", null, "plan"), "jefe.di", NOW, 1L));
        assertThrows(IllegalArgumentException.class,
                () -> SystemChange.afterCopy(facts("cambio", "v1", ""), "jefe.di", NOW, 1L));
    }

    @Test
    void a_waiver_needs_its_reason() {
        assertThrows(IllegalArgumentException.class,
                () -> new BackupWaiver("SEPREM", 11L, 7L, "  ", "responsable.di-desarrollo", NOW));
        assertEquals("Urgente", new BackupWaiver("SEPREM", 11L, 7L, " Urgente ", "r", NOW).getReason());
    }
}
