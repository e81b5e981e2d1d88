package org.sigti.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class KbSearchTest {

    @Test
    void a_query_is_reduced_to_its_terms() {
        assertEquals(List.of("conexion", "vpn"), KbSearch.of("AGETIC", "¿Conexión a la VPN?", false).terms());
    }

    @Test
    void a_query_without_significant_words_is_empty() {
        assertTrue(KbSearch.of("AGETIC", "de la que", true).isEmpty());
        assertTrue(KbSearch.of("AGETIC", null, true).isEmpty());
        assertTrue(KbSearch.of("AGETIC", "  ", false).isEmpty());
    }

    @Test
    void a_prefix_that_begins_another_term_of_the_query_is_dropped() {
        assertEquals(List.of("impresor"), KbSearch.of("AGETIC", "impre impresoras", false).terms());
        // too short for a prefix: matched exactly, so it stays
        assertEquals(List.of("pc", "pcs"), KbSearch.of("AGETIC", "pc pcs", false).terms());
    }

    @Test
    void only_the_first_terms_of_a_long_query_are_used() {
        String query = "uno dos tres cuatro cinco seis siete ocho nueve diez";
        assertEquals(KbSearch.MAX_QUERY_TERMS, KbSearch.of("AGETIC", query, false).terms().size());
    }
}
