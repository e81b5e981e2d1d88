package org.sigti.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Sha256Test {

    @TempDir
    Path dir;

    @Test
    void hashes_a_file_as_lower_case_hex() throws Exception {
        Path file = Files.writeString(dir.resolve("abc.dump"), "abc", StandardCharsets.US_ASCII);

        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Sha256.of(file));
    }

    @Test
    void a_flipped_byte_changes_the_hash() throws Exception {
        byte[] content = new byte[300_000];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i * 31);
        }
        Path file = Files.write(dir.resolve("big.dump"), content);
        String before = Sha256.of(file);

        content[150_000] ^= 0x01;
        Files.write(file, content);

        assertNotEquals(before, Sha256.of(file));
        assertEquals(64, before.length());
    }
}
