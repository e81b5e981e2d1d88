package org.sigti.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sigti.kb.TestDatabase;

/**
 * V28 on H2 (or the PostgreSQL named by {@code -Dsigti.test.jdbc-url}, wiped) against the official documents'
 * mapping: Hibernate validates the tables, a document keeps its ordered signers and recipients and its trail, the
 * list's filters on a signer and on a receiving unit run in the database, the counter row can be write-locked, and
 * the schema refuses a signed document without a number and a number given twice.
 */
class OfficialDocumentSchemaTest {

    private static final Instant T0 = Instant.parse("2026-03-10T15:00:00Z");

    private static TestDatabase db;

    @BeforeAll
    static void migrate() {
        db = TestDatabase.migrated("official_documents", OfficialDocument.class, OfficialDocumentEvent.class,
                OfficialCounter.class);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void a_document_keeps_its_signers_recipients_and_trail_and_the_list_filters_in_the_database() {
        long id = inTransaction(em -> {
            OfficialDocument d = new OfficialDocument("MINDEF", "OGTIE", OfficialDocumentKind.OFICIO, null,
                    "tecnico.infra", "Tito", T0, 2026);
            d.write("Señor Director", "Asunto", "Ref", "Uno\n\nDos", "responsable.infra",
                    List.of(new OfficialSignature("responsable.infra", "Rosa Infra", "Responsable de INFRA"),
                            new OfficialSignature("jefe.ogtie", "Julio", "Jefe de la OGTIE")),
                    List.of(OfficialRecipient.unit("INFRA", "Infraestructura"), OfficialRecipient.external("SBN")));
            em.persist(d);
            em.flush();
            em.persist(new OfficialDocumentEvent(d.getId(), T0, "tecnico.infra", "Tito",
                    OfficialDocumentEvent.Action.DRAFTED, null));
            return d.getId();
        });

        OfficialDocument read = inTransaction(em -> {
            OfficialDocument d = em.find(OfficialDocument.class, id);
            d.getSigners().size();
            d.getRecipients().size();
            return d;
        });
        long bySigner = inTransaction(em -> em.createQuery("select count(d) from OfficialDocument d where"
                + " d.institutionCode = :i and exists (select 1 from OfficialDocument x join x.signers s where"
                + " x.id = d.id and (lower(s.username) like :s or lower(s.fullName) like :s))", Long.class)
                .setParameter("i", "MINDEF").setParameter("s", "%rosa%").getSingleResult());
        long byUnit = inTransaction(em -> em.createQuery("select count(d) from OfficialDocument d where"
                + " exists (select 1 from OfficialDocument y join y.recipients r where y.id = d.id"
                + " and r.unitCode = :u)", Long.class).setParameter("u", "INFRA").getSingleResult());
        int trail = inTransaction(em -> em.createNamedQuery("OfficialDocumentEvent.trail",
                OfficialDocumentEvent.class).setParameter("document", id).getResultList().size());

        assertEquals(List.of("responsable.infra", "jefe.ogtie"),
                read.getSigners().stream().map(OfficialSignature::getUsername).toList());
        assertEquals("SBN", read.getRecipients().get(1).getName());
        assertEquals(1, bySigner);
        assertEquals(1, byUnit);
        assertEquals(1, trail);
    }

    @Test
    void a_counter_row_is_write_locked_and_counts_on() {
        OfficialCounter.Key key = new OfficialCounter.Key("MINDEF", "OGTIE", OfficialDocumentKind.INFORME, 2026);
        inTransaction(em -> {
            em.persist(new OfficialCounter(key));
            return null;
        });
        long first = inTransaction(em -> em.find(OfficialCounter.class, key, LockModeType.PESSIMISTIC_WRITE).take());
        long second = inTransaction(em -> em.find(OfficialCounter.class, key, LockModeType.PESSIMISTIC_WRITE).take());
        assertEquals(List.of(1L, 2L), List.of(first, second));
    }

    @Test
    void a_signed_document_has_a_number_and_no_number_is_given_twice() {
        String row = "INSERT INTO official_document (id, institution_code, unit_code, kind, state, author_username,"
                + " author_name, addressees, subject, body, created_at, doc_number, doc_year, sequence_number,"
                + " version) VALUES (%d, 'MINDEF', 'OGTIE', 'OFICIO', 'SIGNED', 'a', 'a', 'x', 'x', 'x',"
                + " CURRENT_TIMESTAMP, %s, 2025, %s, 0)";
        assertThrows(PersistenceException.class, () -> update(String.format(row, 910001, "NULL", "NULL")));
        update(String.format(row, 910002, "'OFICIO 1'", "1"));
        assertThrows(PersistenceException.class, () -> update(String.format(row, 910003, "'OFICIO 1 bis'", "1")));
    }

    private static void update(String sql) {
        db.run(em -> em.createNativeQuery(sql).executeUpdate());
    }

    private static <T> T inTransaction(Function<EntityManager, T> work) {
        return db.inTransaction(work);
    }
}
