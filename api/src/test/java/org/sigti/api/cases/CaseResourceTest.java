package org.sigti.api.cases;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CaseResourceTest {

    @Test
    void an_idempotency_key_is_1_to_255_visible_ascii_characters() {
        assertTrue(CaseResource.validKey("a"));
        assertTrue(CaseResource.validKey("6f1c2a9e-0b7d-4e55-9a61-3c1f0e2d4b8a"));
        assertTrue(CaseResource.validKey("k".repeat(255)));
        assertFalse(CaseResource.validKey(""));
        assertFalse(CaseResource.validKey("k".repeat(256)));
        assertFalse(CaseResource.validKey("con espacio"));
        assertFalse(CaseResource.validKey("clavé"));
    }
}
