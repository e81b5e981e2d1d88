package org.sigti.committee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sigti.kb.TestDatabase;

/**
 * V65 (H2, or the PostgreSQL of -Dsigti.test.jdbc-url): the committee entities match the schema (Hibernate validates
 * them); MINDEF's CGD and statistics committee are seeded with their members in signing order; a session with its
 * attendance and an approved document round-trips; a member's attendance is recorded once per session. V75: a new
 * member takes an id above the seeded ones, and one who leaves keeps the row with the day they left.
 */
class CommitteeSchemaTest {

    private static TestDatabase db;

    @BeforeAll
    static void migrate() {
        db = TestDatabase.migrated("committee_schema", Committee.class, CommitteeMember.class,
                CommitteeSession.class, SessionAttendance.class, SessionDocument.class);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void the_cgd_and_the_statistics_committee_are_seeded_with_their_members() {
        List<String> cgd = db.inTransaction(em -> em.createQuery("select m from CommitteeMember m, Committee c"
                + " where c.id = m.committeeId and c.code = 'CGD' order by m.position", CommitteeMember.class)
                .getResultStream().map(m -> m.getUsername() + ":" + m.getRole() + ":" + m.getSeat()).toList());
        assertEquals(List.of("comite.mindef:PRESIDENTE:TITULAR", "comite2.mindef:MIEMBRO:TITULAR",
                "comite3.mindef:MIEMBRO:ALTERNO", "jefe.ogtie:SECRETARIO_TECNICO:TITULAR"), cgd);
        assertEquals(List.of("responsable.gobti", "responsable.estad"), db.inTransaction(em -> em.createQuery(
                "select c.secretaryUsername from Committee c where c.institutionCode = 'MINDEF' order by c.id",
                String.class).getResultList()));
    }

    @Test
    void a_session_with_attendance_and_an_approval_round_trips_and_attendance_is_once_per_member() {
        long session = db.inTransaction(em -> {
            CommitteeSession s = new CommitteeSession(em.find(Committee.class, 1L), 1, LocalDate.of(2026, 12, 7),
                    "Oficio N° 045-2026", null, "responsable.gobti", Instant.now());
            s.record("Cronograma\nVarios", "Aprobar el cronograma");
            em.persist(s);
            em.flush();
            em.persist(new SessionAttendance(s.getId(), 1L, true));
            em.persist(new SessionDocument(s.getId(), "Cronograma", "v2", null, SessionDocument.Outcome.APPROVED,
                    null));
            return s.getId();
        });
        assertEquals("Cronograma|v2|APPROVED", db.inTransaction(em -> em.createQuery("select d from SessionDocument d"
                + " where d.sessionId = :s", SessionDocument.class).setParameter("s", session).getResultStream()
                .map(d -> d.getName() + "|" + d.getDocumentVersion() + "|" + d.getOutcome()).findFirst().orElse("")));
        assertThrows(RuntimeException.class, () -> db.inTransaction(em -> {
            em.persist(new SessionAttendance(session, 1L, false));
            em.flush();
            return null;
        }));
    }

    @Test
    void a_new_member_takes_an_id_above_the_seeded_ones_and_one_who_leaves_keeps_the_row() {
        long id = db.inTransaction(em -> {
            CommitteeMember m = new CommitteeMember(1L, "director.mindef", "Director de prueba",
                    CommitteeMember.Role.MIEMBRO, CommitteeMember.Seat.ALTERNO, 5, LocalDate.of(2026, 12, 7));
            em.persist(m);
            em.flush();
            return m.getId();
        });
        assertTrue(id >= 100, "ids from committee_member_seq do not collide with V65's 1 to 7: " + id);
        db.inTransaction(em -> {
            em.find(CommitteeMember.class, id).leave(LocalDate.of(2026, 12, 8));
            return null;
        });
        assertEquals(List.of("comite.mindef", "comite2.mindef", "comite3.mindef", "jefe.ogtie"),
                db.inTransaction(em -> em.createQuery("select m.username from CommitteeMember m where m.committeeId = 1"
                        + " and m.untilOn is null order by m.position", String.class).getResultList()));
        assertEquals(LocalDate.of(2026, 12, 8), db.inTransaction(em -> em.find(CommitteeMember.class, id).getUntilOn()));
    }
}
