package org.sigti.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.LockModeType;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sigti.kb.TestDatabase;

/**
 * V44 against the entities (hbm2ddl validate on the migrated database): the import's cursors exist from the start and
 * only move forward, and the kinds of Keycloak's events are accepted by the kinds' constraint.
 */
class KeycloakEventSchemaTest {

    private static TestDatabase db;

    @BeforeAll
    static void migrate() {
        db = TestDatabase.migrated("keycloak-events", SecurityEvent.class, KeycloakEventCursor.class);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void both_cursors_exist_after_the_migration_and_move_only_forward() {
        db.run(em -> {
            KeycloakEventCursor login = em.find(KeycloakEventCursor.class, KeycloakEventCursor.Feed.LOGIN,
                    LockModeType.PESSIMISTIC_WRITE);
            assertEquals(0L, login.getReadTo());
            login.passed(1_780_000_000_000L);
            login.passed(1_779_999_999_000L);
        });
        assertEquals(List.of(1_780_000_000_000L, 0L), db.inTransaction(em -> List.of(
                em.find(KeycloakEventCursor.class, KeycloakEventCursor.Feed.LOGIN).getReadTo(),
                em.find(KeycloakEventCursor.class, KeycloakEventCursor.Feed.ADMIN).getReadTo())));
    }

    @Test
    void the_kinds_of_keycloak_events_are_security_events_the_database_accepts() {
        SecurityEvent.Actor person = new SecurityEvent.Actor("responsable.estad", List.of(), "ESTAD");
        db.run(em -> {
            for (SecurityEventKind kind : List.of(SecurityEventKind.LOGIN_FAILED, SecurityEventKind.ACCOUNT_LOCKED,
                    SecurityEventKind.IDP_ADMIN_ACTION)) {
                em.persist(SecurityEvent.of(kind, Instant.now(), person, "Keycloak LOGIN_ERROR sigti",
                        "KEYCLOAK_EVENT", kind.name(), "127.0.0.1", "invalid_user_credentials"));
            }
        });
        long imported = db.inTransaction(em -> em.createQuery("select count(e) from SecurityEvent e"
                + " where e.objectType = 'KEYCLOAK_EVENT' and e.roles = ''", Long.class).getSingleResult());
        assertEquals(3L, imported);
    }
}
