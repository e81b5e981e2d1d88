package org.sigti.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

class KbArticleTest {

    private static final Instant MONDAY = Instant.parse("2026-11-16T13:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-11-17T13:00:00Z");

    private static KbArticle vpnArticle() {
        return new KbArticle("AGETIC", "Conexión VPN remota", "La VPN no conecta", "Reinstale el cliente VPN", KbScope.PUBLIC,
                null, "tecnico", MONDAY);
    }

    @Test
    void the_code_is_numbered_from_the_id() {
        assertEquals("KB-000123", KbArticle.codeOf(123));
        assertEquals("KB-1234567", KbArticle.codeOf(1_234_567));
    }

    @Test
    void terms_are_weighted_by_where_they_appear() {
        KbArticle article = vpnArticle();
        assertEquals(Map.of("conexion", 3, "vpn", 5, "remot", 3, "conect", 1, "reinstal", 1, "client", 1),
                article.getTerms());
        assertEquals("conexion vpn remot conect reinstal client", article.getSearchTerms());
        assertEquals("conexion vpn remota", article.getTitleKey());
    }

    @Test
    void a_revision_with_the_same_content_changes_nothing() {
        KbArticle article = vpnArticle();
        assertFalse(article.revise("Conexión VPN remota", "La VPN no conecta", "Reinstale el cliente VPN",
                KbScope.PUBLIC, null, "operador", TUESDAY));
        assertEquals("tecnico", article.getUpdatedBy());
        assertEquals(MONDAY, article.getUpdatedAt());
    }

    @Test
    void a_revision_rebuilds_the_index_and_records_the_editor() {
        KbArticle article = vpnArticle();
        assertTrue(article.revise("Conexión VPN remota", "La VPN no conecta", "Actualice el certificado",
                KbScope.INTERNAL, null, "operador", TUESDAY));
        assertEquals(Map.of("conexion", 3, "vpn", 4, "remot", 3, "conect", 1, "actualic", 1, "certific", 1),
                article.getTerms());
        assertEquals("operador", article.getUpdatedBy());
        assertEquals(TUESDAY, article.getUpdatedAt());
        assertEquals("tecnico", article.getCreatedBy());
        assertFalse(article.isPublic());
    }

    @Test
    void an_article_cannot_be_numbered_without_its_id() {
        assertThrows(IllegalStateException.class, vpnArticle()::numberFromId);
    }
}
