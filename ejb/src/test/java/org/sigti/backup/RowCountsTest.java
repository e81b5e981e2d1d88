package org.sigti.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RowCountsTest {

    @Test
    void equal_counts_verify() {
        RowCounts result = RowCounts.compare(Map.of("public.a", 10L, "s.b", 0L), Map.of("public.a", 10L, "s.b", 0L));

        assertTrue(result.equal());
        assertEquals(2, result.tables());
        assertTrue(result.detail().contains("2 tablas"));
    }

    @Test
    void a_different_count_and_a_missing_table_are_each_named() {
        Map<String, Long> restored = new HashMap<>();
        restored.put("public.a", 9L);
        restored.put("public.b", null);

        RowCounts result = RowCounts.compare(Map.of("public.a", 10L, "public.b", 5L, "public.c", 1L), restored);

        assertFalse(result.equal());
        assertEquals(3, result.differences().size(), () -> result.differences().toString());
        assertTrue(result.detail().contains("public.a: 10 filas al copiar, 9 restauradas"), result::detail);
        assertTrue(result.detail().contains("public.b: falta en la restauración"), result::detail);
    }

    @Test
    void nothing_to_compare_is_equal() {
        assertTrue(RowCounts.compare(Map.of(), Map.of()).equal());
    }
}
