package org.sigti.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sigti.kb.TestDatabase;

/**
 * V67 against the entities (hbm2ddl validate on the migrated database): the seeded template PER-01 and the Sector's
 * entities, a due with a refused and an accepted upload read back, and the schedule's one line per entity, table and
 * period kept by the database itself.
 */
class StatisticsSchemaTest {

    private static TestDatabase db;

    @BeforeAll
    static void migrate() {
        db = TestDatabase.migrated("statistics", StatCodeList.class, StatCode.class, StatTemplate.class,
                StatColumn.class, StatEntity.class, StatDue.class, StatSubmission.class, StatRejection.class,
                StatCell.class);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void the_seed_has_the_first_template_and_the_fuerza_aerea_with_its_representatives() {
        List<String> columns = db.inTransaction(em -> em.createQuery("select c.name from StatColumn c, StatTemplate t"
                + " where t.id = c.templateId and t.code = 'PER-01' order by c.seq", String.class).getResultList());
        assertEquals(List.of("categoria", "observacion", "hombres", "mujeres", "total"), columns);
        StatEntity fap = db.inTransaction(em -> em.createQuery("select e from StatEntity e where e.code = 'FAP'",
                StatEntity.class).getSingleResult());
        assertTrue(fap.representedBy("representante.fap") && fap.representedBy("alterno.fap"));
        assertEquals(4L, (long) db.inTransaction(em -> em.createQuery("select count(e) from StatEntity e",
                Long.class).getSingleResult()));
    }

    @Test
    void a_due_keeps_its_refused_attempt_and_its_accepted_version_with_the_cells() {
        long due = db.inTransaction(em -> {
            StatDue d = new StatDue(3, 1, "2026-T1", LocalDate.of(2026, 12, 31), "responsable.estad");
            em.persist(d);
            em.flush();
            int first = d.attempt(Instant.now());
            d.rejected();
            StatSubmission refused = new StatSubmission(d.getId(), first, null, "fap.csv", 120, 3, 1,
                    "representante.fap", Instant.now());
            em.persist(refused);
            em.flush();
            em.persist(new StatRejection(refused.getId(), 1, 3, "categoria", "statistics.reject.unknownCode",
                    List.of("GEN", "CATEGORIA")));
            int second = d.attempt(Instant.now());
            StatSubmission accepted = new StatSubmission(d.getId(), second, d.accepted(), "fap.csv", 120, 2, 0,
                    "representante.fap", Instant.now());
            em.persist(accepted);
            em.flush();
            em.persist(new StatCell(accepted.getId(), 2, 3, "10", new BigDecimal("10")));
            return d.getId();
        });

        StatDue d = db.inTransaction(em -> em.find(StatDue.class, due));
        assertEquals(1, d.getAcceptedVersion());
        assertEquals(2, d.getAttempts());
        List<StatRejection> rejections = db.inTransaction(em -> em.createQuery("select r from StatRejection r,"
                + " StatSubmission s where s.id = r.submissionId and s.dueId = :d", StatRejection.class)
                .setParameter("d", due).getResultList());
        assertEquals(List.of("GEN", "CATEGORIA"), rejections.get(0).getArguments());
        assertEquals(0, new BigDecimal("10").compareTo(db.inTransaction(em -> em.createQuery(
                "select c.number from StatCell c, StatSubmission s where s.id = c.submissionId and s.dueId = :d",
                BigDecimal.class).setParameter("d", due).getSingleResult())));
    }

    @Test
    void the_database_refuses_a_second_line_for_the_same_entity_table_and_period() {
        db.run(em -> em.persist(new StatDue(1, 1, "2026-X", LocalDate.of(2026, 6, 30), "responsable.estad")));
        assertThrows(PersistenceException.class, () -> db.run(em -> {
            em.persist(new StatDue(1, 1, "2026-X", LocalDate.of(2026, 7, 31), "responsable.estad"));
            em.flush();
        }));
    }
}
