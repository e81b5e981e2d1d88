package org.sigti.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sigti.inventory.Criticality;
import org.sigti.inventory.ItSystem;
import org.sigti.inventory.SystemEnvironment;
import org.sigti.inventory.SystemKind;
import org.sigti.inventory.SystemRelease;
import org.sigti.kb.TestDatabase;
import org.sigti.training.TrainingAttendee;
import org.sigti.training.TrainingRecord;

/**
 * V59 against the entities (hbm2ddl validate on the migrated database): the register of publications, the acta de
 * capacitación and the inventory's history map (validate); a port range outside 1–65535 is refused by the database itself.
 */
class PublicationSchemaTest {

    private static TestDatabase db;

    @BeforeAll
    static void migrate() {
        db = TestDatabase.migrated("publications", ItSystem.class, SystemRelease.class, Publication.class,
                PublicationPort.class, PublishedAddress.class, TrainingRecord.class, TrainingAttendee.class);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static long system(String code) {
        return db.inTransaction(em -> {
            ItSystem s = new ItSystem("MINDEF", code, "Sistema " + code, SystemKind.SUBSTANTIVE, Criticality.MEDIUM);
            em.persist(s);
            em.flush();
            return s.getId();
        });
    }

    @Test
    void a_publication_with_its_ports_and_a_withdrawal_is_stored_and_read_back() {
        long system = system("PUBSCHEMA");
        long id = db.inTransaction(em -> {
            Publication p = new Publication("MINDEF", system, "10.0.0.5", "200.48.225.130", "443, 8080-8090", null,
                    null, null, "tecnico.ciber", Instant.parse("2026-12-07T15:00:00Z"));
            em.persist(p);
            em.persist(new PublishedAddress("200.48.225.130"));
            em.flush();
            em.persist(new PublicationPort(p.getId(), 443, 443));
            em.persist(new PublicationPort(p.getId(), 8080, 8090));
            return p.getId();
        });
        db.run(em -> em.find(Publication.class, id).withdraw("tecnico.ciber", Instant.now(), "Servicio retirado"));

        long ports = db.inTransaction(em -> em.createQuery("select count(pp) from PublicationPort pp"
                + " where pp.publicationId = :p", Long.class).setParameter("p", id).getSingleResult());
        assertEquals(2L, ports);
        assertEquals("Servicio retirado", db.inTransaction(em -> em.find(Publication.class, id).getEndReason()));
    }

    @Test
    void the_database_refuses_a_port_range_outside_1_to_65535() {
        long system = system("PUBRANGE");
        assertThrows(PersistenceException.class, () -> db.run(em -> {
            Publication p = new Publication("MINDEF", system, "10.0.0.6", null, "80", null, null, null, "x",
                    Instant.now());
            em.persist(p);
            em.flush();
            em.createNativeQuery("insert into publication_port (id, publication_id, port_from, port_to)"
                    + " values (-1, ?1, 0, 70000)").setParameter(1, p.getId()).executeUpdate();
        }));
    }

    @Test
    void a_release_updates_the_systems_version_and_its_history_is_kept() {
        long system = system("CAPSCHEMA");
        db.run(em -> em.find(ItSystem.class, system).release("2.0.1", SystemEnvironment.PRODUCTION));
        db.run(em -> em.persist(new SystemRelease(system, "2.0.1", SystemEnvironment.PRODUCTION, true, null, null,
                "responsable.innov", Instant.now())));
        assertEquals("2.0.1", db.inTransaction(em -> em.find(ItSystem.class, system).getCurrentVersion()));
        assertEquals(1L, (long) db.<Long>inTransaction(em -> em.createQuery("select count(r) from SystemRelease r"
                + " where r.systemId = :s and r.firstEntry = true", Long.class).setParameter("s", system)
                .getSingleResult()));
    }
}
