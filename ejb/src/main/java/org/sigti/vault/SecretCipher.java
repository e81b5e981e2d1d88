package org.sigti.vault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.sigti.vault.CaseSecret.Sealed;

/**
 * AES-256-GCM with one installation key: a fresh 96-bit nonce per value and a 128-bit tag, with associated data that
 * binds the ciphertext to where it rests (a case and a label), so a ciphertext copied elsewhere does not open. The key
 * is 32 random bytes, Base64 in a file only the server's account reads ({@code sigti.vault.key-file}); its id is the
 * start of its SHA-256, kept with each ciphertext so a key rotated later is told apart.
 */
public final class SecretCipher {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final String keyId;

    SecretCipher(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("the vault key must be 32 bytes (AES-256), not " + key.length);
        }
        this.key = new SecretKeySpec(key, "AES");
        try {
            this.keyId = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key), 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The cipher of the key in {@code file}: 32 bytes in Base64 (what {@code head -c 32 /dev/urandom | base64} makes). */
    public static SecretCipher fromKeyFile(Path file) {
        try {
            return new SecretCipher(Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII)
                    .strip()));
        } catch (IOException e) {
            throw new UncheckedIOException("the vault key file " + file + " cannot be read", e);
        }
    }

    public String keyId() {
        return keyId;
    }

    /** Seals {@code plain}, bound to {@code where}. */
    public Sealed seal(String plain, String where) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(where.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return new Sealed(keyId, Base64.getEncoder().encodeToString(nonce),
                    Base64.getEncoder().encodeToString(sealed));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * Opens what {@link #seal} made for the same {@code where}.
     *
     * @throws IllegalStateException when the key is another, or the ciphertext, the nonce or {@code where} changed
     */
    public String open(Sealed sealed, String where) {
        if (!keyId.equals(sealed.keyId())) {
            throw new IllegalStateException("sealed with key " + sealed.keyId() + ", the vault holds " + keyId);
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS,
                    Base64.getDecoder().decode(sealed.nonce())));
            cipher.updateAAD(where.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(Base64.getDecoder().decode(sealed.ciphertext())),
                    StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a sealed secret does not open: altered, or moved from where it was"
                    + " sealed", e);
        }
    }
}
