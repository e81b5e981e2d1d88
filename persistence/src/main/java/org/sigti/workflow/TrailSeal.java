package org.sigti.workflow;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keyed seal of the audit trail: HMAC-SHA256 under the installation's audit key, a secret SIGTI keeps outside the
 * database (a file only the server's account reads). Whoever can write the database but does not hold the key can
 * change a record, but not compute the seal that would make the change pass: the verifier recomputes every seal.
 * The key's id (the start of its SHA-256) names it in checkpoints, never the key itself.
 */
public final class TrailSeal {

    /** The shortest key accepted: 256 bits, what {@code head -c 32 /dev/urandom | base64} makes. */
    public static final int MIN_KEY_BYTES = 32;

    private final SecretKeySpec key;
    private final String keyId;

    public TrailSeal(byte[] key) {
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("the audit key must have at least " + MIN_KEY_BYTES + " bytes, not "
                    + key.length);
        }
        this.key = new SecretKeySpec(key, "HmacSHA256");
        this.keyId = sha256(key).substring(0, 16);
    }

    /** The seal of {@code canonical}: 64 lowercase hex digits. */
    public String mac(String canonical) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    public String keyId() {
        return keyId;
    }

    /** The unkeyed SHA-256 of {@code text} (the trail's seal before the key, V3 to V41), as hex. */
    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Joins fields so that no two different lists give the same text: each is length-prefixed, null apart. */
    public static String canonical(Object... fields) {
        StringBuilder in = new StringBuilder(512);
        for (Object field : fields) {
            String text = field == null ? "\u0000" : field.toString();
            in.append(text.length()).append(':').append(text).append('|');
        }
        return in.toString();
    }
}
