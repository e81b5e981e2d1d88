package org.sigti.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sigti.kb.TestDatabase;
import org.sigti.security.SecurityEvent;
import org.sigti.security.SecurityEventKind;

/**
 * V33 against the entities (hbm2ddl validate on the migrated database): the change history's tables map, and a
 * waiver's security event is accepted by the kinds' constraint.
 */
class ChangeSchemaTest {

    private static TestDatabase db;

    @BeforeAll
    static void migrate() {
        db = TestDatabase.migrated("changes", SystemChange.class, BackupWaiver.class, SecurityEvent.class);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void a_backup_waiver_is_a_security_event_the_database_accepts() {
        db.run(em -> em.persist(SecurityEvent.of(SecurityEventKind.BACKUP_WAIVED, Instant.now(),
                new SecurityEvent.Actor("responsable.di-desarrollo", List.of("Responsable"), "DI-DESARROLLO"),
                "SystemChanges.waive", "work_case", "SOL-2026-000001", null, "WEB: urgente")));
        long waived = db.inTransaction(em -> em.createQuery("select count(e) from SecurityEvent e"
                + " where e.kind = :k", Long.class).setParameter("k", SecurityEventKind.BACKUP_WAIVED)
                .getSingleResult());
        assertEquals(1L, waived);
    }

    @Test
    void the_history_is_empty_until_a_change_goes_live() {
        long changes = db.inTransaction(em -> em.createQuery("select count(c) from SystemChange c", Long.class)
                .getSingleResult());
        long waivers = db.inTransaction(em -> em.createQuery("select count(w) from BackupWaiver w", Long.class)
                .getSingleResult());
        assertEquals(0L, changes + waivers);
    }
}
