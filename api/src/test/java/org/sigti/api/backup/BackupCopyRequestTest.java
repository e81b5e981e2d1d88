package org.sigti.api.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sigti.api.ApiInputException;

/** The body of POST /backup-copies, read strictly: what the script sent, or each field with what is wrong. */
class BackupCopyRequestTest {

    private static final String SHA = "a".repeat(64);

    @Test
    void a_copy_against_a_run_is_read_whatever_the_order_and_spacing() {
        // when
        BackupCopyRequest a = BackupCopyRequest.parse("{\"runId\": 7, \"file\": \"Security.evtx\", \"sizeBytes\": 0,"
                + " \"sha256\": \"" + SHA + "\", \"takenAt\": \"2026-12-07T02:00:00Z\"}");
        BackupCopyRequest b = BackupCopyRequest.parse("{\"takenAt\":\"2026-12-07T02:00:00Z\",\"sha256\":\"" + SHA
                + "\",\"sizeBytes\":0,\"file\":\"Security.evtx\",\"runId\":7}");

        // then
        assertEquals(7L, a.copy().runId());
        assertEquals(0L, a.copy().sizeBytes());
        assertEquals(Instant.parse("2026-12-07T02:00:00Z"), a.copy().takenAt());
        assertEquals(a.fingerprint(), b.fingerprint());
        assertNotEquals(a.fingerprint(), BackupCopyRequest.parse("{\"runId\": 8, \"file\": \"Security.evtx\","
                + " \"sizeBytes\": 0, \"sha256\": \"" + SHA + "\"}").fingerprint());
    }

    @Test
    void wrong_types_missing_fields_and_unknown_fields_are_named() {
        ApiInputException e = assertThrows(ApiInputException.class, () -> BackupCopyRequest.parse(
                "{\"sizeBytes\": \"12\", \"sha256\": 5, \"color\": \"red\", \"takenAt\": \"ayer\"}"));
        assertEquals(Map.of("color", "unknown", "sizeBytes", "integer", "sha256", "string", "file", "required",
                "runId", "required", "takenAt", "instant"), e.fields());
        assertEquals(Map.of("runId", "range"), assertThrows(ApiInputException.class, () -> BackupCopyRequest.parse(
                "{\"runId\": 0, \"file\": \"f\", \"sizeBytes\": 1, \"sha256\": \"" + SHA + "\"}")).fields());
        assertEquals("malformed", assertThrows(ApiInputException.class, () -> BackupCopyRequest.parse("[1]")).kind());
    }
}
