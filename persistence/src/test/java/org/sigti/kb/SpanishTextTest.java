package org.sigti.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SpanishTextTest {

    @Test
    void accents_and_case_do_not_matter() {
        assertEquals(List.of("conexion"), SpanishText.terms("Conexión"));
        assertEquals(SpanishText.terms("CONEXIÓN"), SpanishText.terms("conexion"));
        assertEquals("nandu uber canon", SpanishText.fold("Ñandú Über cañón"));
    }

    @Test
    void singular_and_plural_share_a_stem() {
        assertEquals(List.of("impresor"), SpanishText.terms("impresora impresoras Impresoras"));
        assertEquals(List.of("conexion"), SpanishText.terms("conexión conexiones"));
        assertEquals(List.of("servici"), SpanishText.terms("servicio servicios"));
    }

    @Test
    void the_printer_and_the_printing_are_different_terms() {
        // by design: "impresión" (printing) is not "impresora" (printer); a prefix search "impr" finds both
        assertEquals(List.of("impresion"), SpanishText.terms("Impresión impresiones"));
        assertNotEquals(SpanishText.terms("impresora"), SpanishText.terms("impresión"));
        assertTrue(SpanishText.terms("impresora").get(0).startsWith(SpanishText.terms("impr").get(0)));
        assertTrue(SpanishText.terms("impresión").get(0).startsWith(SpanishText.terms("impr").get(0)));
    }

    @Test
    void a_noun_and_its_verb_share_a_stem_with_or_without_accents() {
        assertEquals(List.of("configur"),
                SpanishText.terms("configuración configuracion configurar configurarlo Configuraciones"));
        assertEquals(List.of("instal"), SpanishText.terms("instalación instalar instalando"));
        assertEquals(List.of("actualiz"), SpanishText.terms("actualización actualizar actualizaciones"));
    }

    @Test
    void enye_is_folded_to_n() {
        assertEquals(List.of("contrasen"), SpanishText.terms("contraseña"));
        assertEquals(SpanishText.terms("contraseña"), SpanishText.terms("contrasenas"));
        assertEquals(SpanishText.terms("Contraseñas"), SpanishText.terms("CONTRASEÑA"));
    }

    @Test
    void stop_words_and_one_character_words_are_dropped() {
        assertEquals(List.of("impresor", "oficin", "imprim"),
                SpanishText.terms("1. La impresora de la oficina no imprime y está en la red") .subList(0, 3));
        assertEquals(List.of(), SpanishText.terms("de la que y o a"));
        assertTrue(SpanishText.isStopWord("esta"));
    }

    @Test
    void words_with_digits_stay_whole() {
        assertEquals(List.of("windows10", "error", "809"), SpanishText.terms("Windows10: error 809"));
    }

    @Test
    void terms_are_distinct_in_order_of_appearance_and_cut_to_the_column() {
        assertEquals(List.of("vpn", "conexion", "remot"), SpanishText.terms("VPN: conexión VPN remota; conexiones"));
        String longWord = "a".repeat(60);
        assertEquals(SpanishText.TERM_MAXLENGTH, SpanishText.terms(longWord).get(0).length());
        assertEquals(List.of(), SpanishText.terms(null));
    }

    @Test
    void title_key_ignores_case_accents_and_extra_spaces() {
        assertEquals("conexion vpn remota", SpanishText.titleKey("  Conexión \t VPN\u00a0 remota "));
        assertEquals(SpanishText.titleKey("Conexión VPN remota"), SpanishText.titleKey("conexion  vpn REMOTA"));
        assertNull(SpanishText.titleKey(null));
    }

    @Test
    void attached_pronouns_and_y_verbs_are_removed() {
        assertEquals(List.of("configur"), SpanishText.terms("configurándolo"));
        assertEquals(List.of("constru"), SpanishText.terms("construyendo"));
    }
}
