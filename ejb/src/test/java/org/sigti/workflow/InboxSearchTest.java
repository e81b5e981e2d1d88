package org.sigti.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The search box of {@link Inbox}: case numbers through the number index, anything else inside number and title. */
class InboxSearchTest {

    @Test
    void a_case_number_or_its_beginning_is_a_prefix_range_on_the_number() {
        StringBuilder where = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        Inbox.search("sol-2026-000123", where, params);
        assertEquals(" and w.caseNumber >= :numberLow and w.caseNumber < :numberHigh"
                + " and w.caseNumber like :numberLike escape '!'", where.toString());
        assertEquals(Map.of("numberLow", "SOL-2026-000123", "numberHigh", "SOL-2026-000124",
                "numberLike", "SOL-2026-000123%"), params);

        params.clear();
        Inbox.search("SOL-2026-0001", new StringBuilder(), params);
        assertEquals(Map.of("numberLow", "SOL-2026-0001", "numberHigh", "SOL-2026-0002",
                "numberLike", "SOL-2026-0001%"), params);

        params.clear();
        Inbox.search("SOL-2026-000129", new StringBuilder(), params);
        assertEquals("SOL-2026-00012A", params.get("numberHigh"), "a last 9 is followed by A, in any collation");
    }

    @Test
    void other_text_is_looked_for_inside_number_and_title() {
        StringBuilder where = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        Inbox.search("Conexión", where, params);
        assertEquals(" and w.searchText like :text", where.toString());
        assertEquals(Map.of("text", "%conexion%"), params);

        for (String text : new String[] {"000123", "2026-000123", "SOL-2026", "SOL-2026-", "LIC-WALK-1A2B",
                "SOL-2026-000123 impresora", "100%_"}) {
            params.clear();
            Inbox.search(text, new StringBuilder(), params);
            assertTrue(params.containsKey("text"), text);
        }
        params.clear();
        Inbox.search("100%_", new StringBuilder(), params);
        assertEquals("%100%", params.get("text"), "typed wildcards are dropped");
    }

    @Test
    void what_looks_like_a_case_number() {
        assertTrue(Inbox.CASE_NUMBER.matcher("SOL-2026-000123").matches());
        assertTrue(Inbox.CASE_NUMBER.matcher("sol-2026-1").matches());
        assertTrue(Inbox.CASE_NUMBER.matcher("R1-2026-000001").matches());
        assertFalse(Inbox.CASE_NUMBER.matcher("SOL-26-000123").matches());
        assertFalse(Inbox.CASE_NUMBER.matcher("DTI-0123").matches());
    }
}
