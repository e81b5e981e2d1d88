package org.sigti.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class DocumentSeriesTest {

    private static final Pattern NUMBER = Pattern.compile("[A-Z][A-Z0-9]*-\\d{4}-\\d{6,}");
    private static final DocumentSeries R1 = new DocumentSeries("SUPPORT_FORM", "R1");
    private static final DocumentSeries BOLETA = new DocumentSeries("SERVICE_SLIP", "BOL");

    @Test
    void a_number_is_prefix_year_and_six_digits() {
        assertEquals("R1-2026-000012", R1.number(2026, 12));
        assertEquals("BOL-2026-999999", BOLETA.number(2026, 999_999));
        assertTrue(NUMBER.matcher(BOLETA.number(2027, 1)).matches());
    }

    @Test
    void past_six_digits_the_number_gets_longer_and_keeps_its_shape() {
        String number = R1.number(2026, 1_000_000);
        assertEquals("R1-2026-1000000", number);
        assertTrue(NUMBER.matcher(number).matches());
    }

    @Test
    void a_number_needs_a_four_digit_year_and_a_positive_sequence() {
        assertThrows(IllegalArgumentException.class, () -> R1.number(999, 1));
        assertThrows(IllegalArgumentException.class, () -> R1.number(10_000, 1));
        assertThrows(IllegalArgumentException.class, () -> R1.number(2026, 0));
    }

    @Test
    void a_code_fits_the_counter_column_and_a_prefix_is_letters_and_digits() {
        assertThrows(IllegalArgumentException.class, () -> new DocumentSeries("support_form", "R1"));
        assertThrows(IllegalArgumentException.class, () -> new DocumentSeries("A_CODE_LONGER_THAN_20C", "R1"));
        assertThrows(IllegalArgumentException.class, () -> new DocumentSeries("SUPPORT_FORM", "R-1"));
        assertThrows(NullPointerException.class, () -> new DocumentSeries("SUPPORT_FORM", null));
    }

    @Test
    void a_new_counter_issues_one_then_two() {
        DocumentCounter counter = new DocumentCounter("MINDEF", BOLETA, 2026);
        assertEquals("SERVICE_SLIP", counter.getType());
        assertEquals(0, counter.getLastNumber());
        assertEquals(1, counter.take());
        assertEquals(2, counter.take());
        assertEquals("MINDEF", counter.getInstitution());
        assertEquals(new DocumentCounter.Key("MINDEF", BOLETA, 2026), new DocumentCounter.Key("MINDEF",
                new DocumentSeries("SERVICE_SLIP", "BOL"), 2026));
        assertNotEquals(new DocumentCounter.Key("MINDEF", BOLETA, 2026), new DocumentCounter.Key("SEPREM", BOLETA, 2026));
        assertThrows(IllegalArgumentException.class, () -> new DocumentCounter.Key("MINDEF", BOLETA, 26));
    }
}
