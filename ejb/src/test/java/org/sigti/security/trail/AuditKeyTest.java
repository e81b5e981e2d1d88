package org.sigti.security.trail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sigti.workflow.TrailSeal;

class AuditKeyTest {

    @TempDir
    Path dir;

    @Test
    void without_a_configured_file_the_key_is_made_once_readable_by_the_server_only() throws Exception {
        Path made = dir.resolve("data/sigti/audit.key");
        TrailSeal first = AuditKey.load(null, made);
        assertTrue(Files.exists(made));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(made)));
        assertEquals(32, Base64.getDecoder().decode(Files.readString(made).strip()).length);
        // the next start reads the same key: what it sealed still verifies
        assertEquals(first.keyId(), AuditKey.load(null, made).keyId());
        assertEquals(first.mac("x"), AuditKey.load(null, made).mac("x"));
    }

    @Test
    void a_configured_file_that_is_missing_stops_the_trail_rather_than_start_a_new_key() {
        Path missing = dir.resolve("elsewhere/audit.key");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> AuditKey.load(missing, dir.resolve("fallback.key")));
        assertTrue(e.getMessage().contains("SIGTI_AUDIT_KEY_FILE"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("fallback.key")));
    }

    @Test
    void a_file_without_a_key_of_32_bytes_is_refused_with_the_command_that_makes_one() throws Exception {
        Path shortKey = dir.resolve("short.key");
        Files.writeString(shortKey, Base64.getEncoder().encodeToString(new byte[16]));
        assertThrows(IllegalStateException.class, () -> AuditKey.load(shortKey, null));
        Files.writeString(shortKey, "not base64 at all!", StandardCharsets.US_ASCII);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> AuditKey.load(shortKey, null));
        assertTrue(e.getMessage().contains("head -c 32 /dev/urandom | base64"), e.getMessage());
    }

    @Test
    void an_anchor_line_holds_only_under_the_key_that_sealed_it() {
        TrailSeal seal = new TrailSeal(new byte[32]);
        AuditAnchors.Anchor anchor = new AuditAnchors.Anchor(Instant.parse("2026-12-06T23:00:00Z"), "case_event",
                "DP", 1234, "ab".repeat(32), seal.keyId());
        String line = anchor.line(seal);
        assertEquals(anchor, AuditAnchors.parse(line, seal));
        // a number changed in the file, or a line sealed under another key, does not hold
        assertNull(AuditAnchors.parse(line.replace("\t1234\t", "\t1200\t"), seal));
        byte[] other = new byte[32];
        other[0] = 1;
        assertNull(AuditAnchors.parse(anchor.line(new TrailSeal(other)), seal));
        assertNull(AuditAnchors.parse("not\ta line", seal));
        assertNotNull(AuditAnchors.parse(line, seal));
    }
}
