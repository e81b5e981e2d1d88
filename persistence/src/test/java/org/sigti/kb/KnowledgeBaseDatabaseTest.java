package org.sigti.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The knowledge base on a real database: the V4 migration and the demo articles of R__demo_kb.sql, the entities,
 * and the search SQL of {@link KbSearch}. Articles written here are dated 2020, so the demo ones stay the newest,
 * and use words of their own (quetzal, zafiro), so the searches on demo words keep their results.
 */
class KnowledgeBaseDatabaseTest {

    private static final Instant LONG_AGO = Instant.parse("2020-01-06T12:00:00Z");
    private static TestDatabase db;

    @BeforeAll
    static void migrate() {
        db = TestDatabase.migrated("kb");
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static List<Long> search(String query, boolean publicOnly) {
        return db.inTransaction(em -> KbSearch.of("AGETIC", query, publicOnly).ids(em, 0, 20));
    }

    private static long count(String query, boolean publicOnly, int cap) {
        return db.inTransaction(em -> KbSearch.of("AGETIC", query, publicOnly).count(em, cap));
    }

    private static KbArticle write(String title, String problem, String solution, KbScope scope) {
        return db.inTransaction(em -> {
            KbArticle article = new KbArticle("AGETIC", title, problem, solution, scope, null, "tecnico", LONG_AGO);
            em.persist(article);
            return article;
        });
    }

    @Test
    void the_demo_articles_carry_the_title_keys_and_terms_that_spanish_text_computes() {
        List<KbArticle> demo = db.inTransaction(em -> em.createQuery(
                "select a from KbArticle a left join fetch a.terms where a.id <= 8 order by a.id", KbArticle.class)
                .getResultList());
        assertEquals(8, demo.size());
        List<String> wrong = new ArrayList<>();
        for (KbArticle stored : demo) {
            KbArticle computed = new KbArticle("AGETIC", stored.getTitle(), stored.getProblem(), stored.getSolution(),
                    stored.getScope(), null, stored.getCreatedBy(), stored.getCreatedAt());
            if (!computed.getTitleKey().equals(stored.getTitleKey())
                    || !computed.getSearchTerms().equals(stored.getSearchTerms())
                    || !computed.getTerms().equals(stored.getTerms())) {
                wrong.add(stored.getCode() + ": title_key '" + computed.getTitleKey() + "', search_terms '"
                        + computed.getSearchTerms() + "', kb_term VALUES "
                        + new TreeMap<>(computed.getTerms()).entrySet().stream()
                                .map(e -> "('" + e.getKey() + "', " + e.getValue() + ")")
                                .collect(Collectors.joining(", ")));
            }
        }
        assertTrue(wrong.isEmpty(), () -> "R__demo_kb.sql is out of date; the right values:\n"
                + String.join("\n", wrong));
    }

    @Test
    void a_new_article_gets_its_code_from_its_id_in_the_same_insert() {
        KbArticle article = write("Quetzal no enciende", "El equipo quetzal no enciende.", "Cambie la fuente.",
                KbScope.PUBLIC);
        // the demo articles have the ids 1 to 8; Hibernate's pooled ids start at 951 (sigti_seq 1000, 50 a block)
        assertTrue(article.getId() > 8);
        KbArticle stored = db.inTransaction(em -> em.find(KbArticle.class, article.getId()));
        assertEquals(KbArticle.codeOf(article.getId()), stored.getCode());
        assertEquals(0, stored.getVersion());
    }

    @Test
    void two_articles_may_not_have_the_same_title_key() {
        write("Zafiro sin red", "El zafiro no tiene red.", "Conecte el cable.", KbScope.PUBLIC);
        assertThrows(PersistenceException.class, () -> write("  ZAFIRO   sin  red ", "Otro problema.",
                "Otra solución.", KbScope.INTERNAL));
    }

    @Test
    void the_search_ignores_accents_and_word_endings() {
        assertEquals(List.of(2L), search("conexion", true));
        assertEquals(List.of(2L), search("CONEXIÓN", true));
        assertEquals(List.of(3L, 2L), search("contrasenas", true));
        assertEquals(List.of(1L), search("impresoras", true));
        assertEquals(List.of(1L), search("configurar impresora", true));
    }

    @Test
    void every_term_must_match() {
        assertEquals(List.of(2L), search("vpn error 809", true));
        assertEquals(List.of(), search("vpn impresora", true));
    }

    @Test
    void a_term_also_matches_the_longer_terms_it_begins() {
        assertEquals(List.of(1L), search("impreso", true));
        assertEquals(List.of(5L), search("certif token", true));
    }

    @Test
    void requesters_see_public_articles_only() {
        // the same weights in both: the newest first
        assertEquals(List.of(6L, 2L), search("vpn", false));
        assertEquals(List.of(2L), search("vpn", true));
        assertEquals(List.of(7L), search("desbloqueo", false));
        assertEquals(List.of(), search("desbloqueo", true));
    }

    @Test
    void the_title_weighs_more_than_the_text() {
        // "contraseña": in the title and text of KB-000003, in the problem and solution of KB-000007, in the
        // solution of KB-000002
        assertEquals(List.of(3L, 7L, 2L), search("contraseña", false));
    }

    @Test
    void an_empty_query_lists_the_newest_first() {
        assertEquals(List.of(8L, 7L, 6L, 5L), db.inTransaction(em -> KbSearch.of("AGETIC", "", false).ids(em, 0, 4)));
        assertEquals(List.of(8L, 5L, 4L), db.inTransaction(em -> KbSearch.of("AGETIC", "de la", true).ids(em, 0, 3)));
        assertEquals(List.of(4L, 3L), db.inTransaction(em -> KbSearch.of("AGETIC", "", true).ids(em, 2, 2)));
    }

    @Test
    void counts_stop_at_the_cap() {
        assertEquals(2, count("vpn", false, 1000));
        assertEquals(1, count("vpn", true, 1000));
        assertEquals(3, count("", false, 3));
        assertEquals(6, count("", true, 1000) - count("quetzal zafiro", true, 1000) - countWritten());
    }

    private static long countWritten() {
        return db.inTransaction(em -> em.createQuery(
                "select count(a) from KbArticle a where a.id > 8 and a.scope = org.sigti.kb.KbScope.PUBLIC",
                Long.class).getSingleResult());
    }

    @Test
    void similar_articles_share_the_most_terms() {
        List<Long> similar = db.inTransaction(em -> KbSearch.similar(em, "AGETIC",
                "No me puedo conectar a la VPN desde mi casa, sale error 809", true, 5));
        assertEquals(2L, similar.get(0));
        assertTrue(db.inTransaction(em -> KbSearch.similar(em, "AGETIC", "de la que", true, 5)).isEmpty());
    }

    @Test
    void a_revision_is_searchable_at_once() {
        KbArticle article = write("Quetzal sin sonido", "El quetzal no suena.", "Revise el volumen.",
                KbScope.PUBLIC);
        assertEquals(List.of(article.getId()), search("quetzal volumen", true));
        db.run(em -> em.find(KbArticle.class, article.getId()).revise("Quetzal sin sonido", "El quetzal no suena.",
                "Reinstale el controlador de audio.", KbScope.PUBLIC, null, "operador", LONG_AGO));
        assertEquals(List.of(), search("quetzal volumen", true));
        assertEquals(List.of(article.getId()), search("quetzal audio", true));
        assertEquals(Map.of("quetzal", 4, "son", 3, "suen", 1, "reinstal", 1, "control", 1, "audi", 1),
                db.inTransaction(em -> Map.copyOf(em.find(KbArticle.class, article.getId()).getTerms())));
    }

    @Test
    void a_case_is_linked_once() {
        db.run(em -> em.persist(new KbArticleCase(1L, 4242L, LONG_AGO)));
        assertThrows(PersistenceException.class, () -> db.run(em -> em.persist(new KbArticleCase(1L, 4242L,
                LONG_AGO))));
        assertEquals(List.of(4242L), db.inTransaction(em -> em.createNamedQuery("KbArticleCase.findCaseIds",
                Long.class).setParameter("articleId", 1L).getResultList()));
    }
}
