package org.sigti.document.official;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.sigti.document.official.NumberFormat.Flaw;
import org.sigti.document.official.NumberFormat.Problem;

/**
 * The institutions' numbering formats of V26, rendered as their documents carry them, and the flaws that keep a
 * format the Jefe types from numbering documents.
 */
class NumberFormatTest {

    @Test
    void mindef_numbers_an_oficio_with_six_digits_year_institution_and_unit() {
        assertEquals("OFICIO N° 000001-2026-MINDEF/OGTIE", NumberFormat.render("{TIPO} N° {N:6}-{AÑO}-{INST}/{UNIDAD}",
                "OFICIO", 1, 2026, "MINDEF", "OGTIE"));
    }

    @Test
    void each_institution_writes_its_own_format() {
        assertEquals("DP/ESIN/NOTA INTERNA N° 0012/2026", NumberFormat.render("{INST}/{UNIDAD}/{TIPO} N° {N:4}/{AÑO}",
                "NOTA INTERNA", 12, 2026, "DP", "ESIN"));
        assertEquals("MEMORÁNDUM No. DI-INFRA-007-2027", NumberFormat.render("{TIPO} No. {UNIDAD}-{N:3}-{AÑO}",
                "MEMORÁNDUM", 7, 2027, "SEPREM", "DI-INFRA"));
    }

    @Test
    void a_number_wider_than_its_width_and_an_unpadded_number_are_written_whole() {
        assertEquals("INFORME 12345/2026", NumberFormat.render("{TIPO} {N:3}/{AÑO}", "INFORME", 12345, 2026, "X", "Y"));
        assertEquals("ACTA 9 $1", NumberFormat.render("{TIPO} {N} $1", "ACTA", 9, 2026, "X", "Y"));
    }

    @Test
    void the_formats_of_the_four_institutions_have_no_flaw() {
        for (String format : new String[] {"{INST}/{UNIDAD}/{TIPO} N° {N:4}/{AÑO}", "{INST}/{UNIDAD}/{TIPO}/{N:4}/{AÑO}",
                "{TIPO} No. {UNIDAD}-{N:3}-{AÑO}", "{TIPO} N° {N:6}-{AÑO}-{INST}/{UNIDAD}", "{N}"}) {
            assertEquals(Optional.empty(), NumberFormat.flaw(format), format);
        }
    }

    @Test
    void a_format_without_its_counter_or_with_two_is_flawed() {
        assertEquals(Optional.of(new Problem(Flaw.NO_COUNTER, null)), NumberFormat.flaw("{TIPO} N° -{AÑO}-{INST}"));
        assertEquals(Optional.of(new Problem(Flaw.NO_COUNTER, null)), NumberFormat.flaw("{TIPO} N° {N:6-{AÑO}"));
        assertEquals(Optional.of(new Problem(Flaw.MANY_COUNTERS, null)), NumberFormat.flaw("{N}/{N:4}"));
    }

    @Test
    void a_counter_padded_to_no_digit_or_too_many_is_flawed() {
        assertEquals(Optional.of(new Problem(Flaw.COUNTER_WIDTH, "{N:0}")), NumberFormat.flaw("{TIPO} {N:0}"));
        assertEquals(Optional.of(new Problem(Flaw.COUNTER_WIDTH, "{N:19}")), NumberFormat.flaw("{TIPO} {N:19}"));
        assertEquals(Optional.empty(), NumberFormat.flaw("{TIPO} {N:18}"));
    }

    @Test
    void a_misspelt_field_is_named() {
        assertEquals(Optional.of(new Problem(Flaw.UNKNOWN_FIELD, "{ANO}")), NumberFormat.flaw("{TIPO} {N:6}-{ANO}"));
        assertEquals(Optional.of(new Problem(Flaw.UNKNOWN_FIELD, "{n}")), NumberFormat.flaw("{TIPO} {n}"));
    }
}
