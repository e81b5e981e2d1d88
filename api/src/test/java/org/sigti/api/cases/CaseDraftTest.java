package org.sigti.api.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sigti.api.ApiInputException;

class CaseDraftTest {

    @Test
    void reads_the_fields_of_the_new_request_form() {
        // when
        CaseDraft draft = CaseDraft.parse("{\"procedure\":\" UGAT/AIT-PR01 \",\"title\":\"Impresora sin tóner\","
                + "\"description\":\"Piso 3\",\"requestType\":\"REPARACION_EQUIPO\",\"channel\":\"MONITORING\","
                + "\"contactEmail\":null}");

        // then
        assertEquals("UGAT/AIT-PR01", draft.procedure());
        assertEquals("Impresora sin tóner", draft.draft().title());
        assertEquals("Piso 3", draft.draft().description());
        assertEquals("REPARACION_EQUIPO", draft.draft().requestType());
        assertEquals("MONITORING", draft.draft().channel());
        assertNull(draft.draft().contactEmail());
    }

    @Test
    void a_body_that_is_not_a_json_object_is_malformed() {
        for (String body : new String[] {"", "{", "[1]", "\"x\"", "no json", "{\"title\":}"}) {
            ApiInputException e = assertThrows(ApiInputException.class, () -> CaseDraft.parse(body), body);
            assertEquals("malformed", e.kind(), body);
        }
    }

    @Test
    void missing_wrongly_typed_and_unknown_fields_are_each_named() {
        // when
        ApiInputException e = assertThrows(ApiInputException.class, () -> CaseDraft.parse(
                "{\"title\":5,\"requestType\":\"OTRO\",\"priority\":\"ALTA\"}"));

        // then
        assertNull(e.kind());
        assertEquals(Map.of("priority", "unknown", "title", "string", "requestType", "choice", "procedure",
                "required"), e.fields());
    }

    @Test
    void nul_and_other_control_characters_are_refused_tabs_and_line_breaks_are_text() {
        ApiInputException e = assertThrows(ApiInputException.class, () -> CaseDraft.parse(
                "{\"procedure\":\"P\",\"title\":\"Falla\\u0000 de red\",\"description\":\"a\\u001bb\"}"));
        assertEquals(Map.of("title", "control", "description", "control"), e.fields());
        assertEquals("Línea 1\r\n\tLínea 2", CaseDraft.parse("{\"procedure\":\"P\",\"title\":\"Título\","
                + "\"description\":\"Línea 1\\r\\n\\tLínea 2\"}").draft().description());
    }

    @Test
    void a_blank_title_is_missing() {
        ApiInputException e = assertThrows(ApiInputException.class, () -> CaseDraft.parse(
                "{\"procedure\":\"P\",\"title\":\"  \"}"));
        assertEquals(Map.of("title", "required"), e.fields());
    }

    @Test
    void the_fingerprint_is_the_request_whatever_its_json_order_and_tells_requests_apart() {
        String a = CaseDraft.parse("{\"procedure\":\"P\",\"title\":\"Un título\",\"description\":\"d\"}")
                .fingerprint();
        String b = CaseDraft.parse("{ \"description\" : \"d\", \"title\":\"Un título\",\"procedure\":\"P\" }")
                .fingerprint();
        String c = CaseDraft.parse("{\"procedure\":\"P\",\"title\":\"Un título\",\"description\":\"e\"}")
                .fingerprint();
        String d = CaseDraft.parse("{\"procedure\":\"P\",\"title\":\"Un título\",\"contactPhone\":\"d\"}")
                .fingerprint();
        assertEquals(a, b);
        assertNotEquals(a, c);
        assertNotEquals(a, d);
        assertEquals(64, a.length());
    }
}
