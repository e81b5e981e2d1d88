package org.sigti.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ProblemsTest {

    @Test
    void spanish_is_the_default_and_english_when_preferred() {
        assertEquals("es", Problems.locale(List.of()).getLanguage());
        assertEquals("es", Problems.locale(List.of(Locale.forLanguageTag("de"))).getLanguage());
        assertEquals("en", Problems.locale(List.of(Locale.forLanguageTag("en-GB"), Locale.forLanguageTag("es")))
                .getLanguage());
        assertEquals("es", Problems.locale(List.of(Locale.forLanguageTag("es-BO"), Locale.ENGLISH)).getLanguage());
    }

    @Test
    void the_accept_language_header_is_read_by_its_weights() {
        assertEquals("en", Problems.locale("de;q=1, en;q=0.8, es;q=0.5").getLanguage());
        assertEquals("es", Problems.locale("en;q=0.3, es-BO").getLanguage());
        assertEquals("es", Problems.locale((String) null).getLanguage());
        assertEquals("es", Problems.locale(";;;=").getLanguage());
    }

    @Test
    void a_problem_has_a_type_a_localized_title_and_no_key() {
        // when
        Problem es = Problems.of(Locale.forLanguageTag("es"), 403, "forbidden", "/sigti/api/v1/cases/1");
        Problem en = Problems.of(Locale.ENGLISH, 403, "forbidden", "/sigti/api/v1/cases/1");

        // then
        assertEquals("urn:sigti:problem:forbidden", es.type());
        assertEquals("Acceso denegado", es.title());
        assertEquals("Access denied", en.title());
        assertEquals(403, en.status());
        assertEquals("/sigti/api/v1/cases/1", en.instance());
        assertNull(en.errors());
    }

    @Test
    void invalid_fields_are_explained_in_words_even_for_a_key_without_text() {
        // when
        Problem problem = Problems.invalid(Locale.forLanguageTag("es"), Map.of("title", "workflow.title.short",
                "channel", "workflow.some.newKey"), "/x");

        // then
        assertEquals(400, problem.status());
        assertEquals("debe tener al menos 5 caracteres", problem.errors().get("title"));
        assertEquals("no es válido", problem.errors().get("channel"));
    }
}
