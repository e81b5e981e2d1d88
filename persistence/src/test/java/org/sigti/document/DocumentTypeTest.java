package org.sigti.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class DocumentTypeTest {

    private static final Pattern NUMBER = Pattern.compile("(R1|CIE|BOL|FCL|ADC|AET)-\\d{4}-\\d{6,}");

    @Test
    void a_number_is_prefix_year_and_six_digits() {
        assertEquals("R1-2026-000012", DocumentType.SUPPORT_FORM.number(2026, 12));
        assertEquals("CIE-2027-000001", DocumentType.CLOSING_RECORD.number(2027, 1));
        assertEquals("BOL-2026-999999", DocumentType.SERVICE_SLIP.number(2026, 999_999));
    }

    @Test
    void past_six_digits_the_number_gets_longer_and_keeps_its_shape() {
        String number = DocumentType.SUPPORT_FORM.number(2026, 1_000_000);
        assertEquals("R1-2026-1000000", number);
        assertTrue(NUMBER.matcher(number).matches());
    }

    @Test
    void every_type_has_its_prefix_and_spanish_name() {
        assertEquals("R1", DocumentType.SUPPORT_FORM.prefix());
        assertEquals("CIE", DocumentType.CLOSING_RECORD.prefix());
        assertEquals("BOL", DocumentType.SERVICE_SLIP.prefix());
        assertEquals("Formulario de soporte técnico", DocumentType.SUPPORT_FORM.spanishName());
        assertEquals("Boleta de entrega de servicio", DocumentType.SERVICE_SLIP.spanishName());
        for (DocumentType type : DocumentType.values()) {
            assertTrue(NUMBER.matcher(type.number(2026, 7)).matches(), type::name);
        }
    }

    @Test
    void a_number_needs_a_four_digit_year_and_a_positive_sequence() {
        assertThrows(IllegalArgumentException.class, () -> DocumentType.SUPPORT_FORM.number(999, 1));
        assertThrows(IllegalArgumentException.class, () -> DocumentType.SUPPORT_FORM.number(10_000, 1));
        assertThrows(IllegalArgumentException.class, () -> DocumentType.SUPPORT_FORM.number(2026, 0));
    }

    @Test
    void a_new_counter_issues_one_then_two() {
        DocumentCounter counter = new DocumentCounter(DocumentType.SERVICE_SLIP, 2026);
        assertEquals(0, counter.getLastNumber());
        assertEquals(1, counter.take());
        assertEquals(2, counter.take());
        assertEquals(new DocumentCounter.Key(DocumentType.SERVICE_SLIP, 2026),
                new DocumentCounter.Key(DocumentType.SERVICE_SLIP, 2026));
        assertThrows(IllegalArgumentException.class, () -> new DocumentCounter.Key(DocumentType.SERVICE_SLIP, 26));
    }
}
