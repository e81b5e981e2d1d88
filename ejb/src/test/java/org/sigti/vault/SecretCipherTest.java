package org.sigti.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sigti.vault.CaseSecret.Sealed;

/** The vault's cipher: AES-256-GCM that hides the value, never repeats a ciphertext and opens only where it sealed. */
class SecretCipherTest {

    private static final String TOKEN = "ghp_S3cr3t-Token-0123456789";

    @Test
    void a_sealed_value_opens_where_it_was_sealed_and_its_ciphertext_does_not_show_it(@TempDir Path dir)
            throws Exception {
        SecretCipher cipher = SecretCipher.fromKeyFile(key(dir));
        Sealed sealed = cipher.seal(TOKEN, "case_secret:7:Token");
        assertFalse(sealed.ciphertext().contains(TOKEN));
        assertFalse(new String(Base64.getDecoder().decode(sealed.ciphertext()), StandardCharsets.ISO_8859_1)
                .contains(TOKEN));
        assertEquals(TOKEN, cipher.open(sealed, "case_secret:7:Token"));
        assertNotEquals(sealed.ciphertext(), cipher.seal(TOKEN, "case_secret:7:Token").ciphertext(), "fresh nonce");
    }

    @Test
    void a_ciphertext_moved_altered_or_under_another_key_does_not_open(@TempDir Path dir) throws Exception {
        SecretCipher cipher = SecretCipher.fromKeyFile(key(dir));
        Sealed sealed = cipher.seal(TOKEN, "case_secret:7:Token");
        assertThrows(IllegalStateException.class, () -> cipher.open(sealed, "case_secret:8:Token"));
        byte[] bytes = Base64.getDecoder().decode(sealed.ciphertext());
        bytes[0] ^= 1;
        assertThrows(IllegalStateException.class, () -> cipher.open(new Sealed(sealed.keyId(), sealed.nonce(),
                Base64.getEncoder().encodeToString(bytes)), "case_secret:7:Token"));
        Path other = Files.createDirectory(dir.resolve("other"));
        assertThrows(IllegalStateException.class, () -> SecretCipher.fromKeyFile(key(other)).open(sealed,
                "case_secret:7:Token"));
    }

    @Test
    void the_key_must_be_256_bits() {
        assertThrows(IllegalArgumentException.class, () -> new SecretCipher(new byte[16]));
    }

    private static Path key(Path dir) throws Exception {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Files.writeString(dir.resolve("vault.key"), Base64.getEncoder().encodeToString(key) + "\n");
    }
}
