package org.sigti.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MoveTest {

    @Test
    void a_field_left_empty_is_not_given() {
        // given: what the case page posts when an optional field is left empty
        Map<String, String> posted = new HashMap<>();
        posted.put("solucion", null);
        posted.put("impacto", "ALTA");

        // when
        Move move = new Move(1, 0, "continuar", "  ok ", posted, null);

        // then
        assertEquals(Map.of("impacto", "ALTA"), move.fields());
        assertEquals("ok", move.comment());
    }
}
