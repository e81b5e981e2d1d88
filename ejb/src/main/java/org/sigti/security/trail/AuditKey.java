package org.sigti.security.trail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;

import org.sigti.workflow.TrailSeal;

/**
 * The installation's audit key, which seals the trail ({@link TrailSeal}): 32 or more random bytes in Base64 in a file
 * only the server's account reads, never in the database. {@code SIGTI_AUDIT_KEY_FILE} ({@value #KEY_FILE_PROPERTY})
 * names it; a named file that is missing stops the trail rather than start a new key, because a new key makes every
 * record written before it unverifiable. Unset, SIGTI keeps the key in the server's data directory and makes it on
 * first use: fine for a trial, but then a copy of that directory holds the key, so production names a file elsewhere
 * (and every node of a cluster the same one).
 */
public final class AuditKey {

    public static final String KEY_FILE_PROPERTY = "sigti.audit.key-file";
    private static final Logger LOG = Logger.getLogger(AuditKey.class.getName());

    private static volatile TrailSeal installed;

    private AuditKey() {
    }

    /** The seal of the installation's key, read once. */
    public static TrailSeal installed() {
        TrailSeal seal = installed;
        if (seal == null) {
            synchronized (AuditKey.class) {
                seal = installed;
                if (seal == null) {
                    seal = load(configuredFile(), defaultFile());
                    installed = seal;
                }
            }
        }
        return seal;
    }

    private static Path configuredFile() {
        String file = System.getProperty(KEY_FILE_PROPERTY, "");
        return file.isBlank() ? null : Path.of(file);
    }

    private static Path defaultFile() {
        String data = System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"));
        return Path.of(data, "sigti", "audit.key");
    }

    /** The key of {@code configured}, which must exist, or else of {@code fallback}, made when missing. */
    static TrailSeal load(Path configured, Path fallback) {
        Path file = configured;
        if (file == null) {
            file = fallback;
            if (!Files.exists(file)) {
                create(file);
            }
        } else if (!Files.isReadable(file)) {
            throw new IllegalStateException("SIGTI: the audit key file " + file + " (SIGTI_AUDIT_KEY_FILE) cannot be"
                    + " read. Fix: restore the file, or make it readable by the server's account; a new key would make"
                    + " the whole trail unverifiable.");
        }
        try {
            return new TrailSeal(Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII)
                    .strip()));
        } catch (IOException e) {
            throw new UncheckedIOException("the audit key file " + file + " cannot be read", e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("SIGTI: the audit key file " + file + " does not hold 32 or more bytes in"
                    + " Base64 (head -c 32 /dev/urandom | base64).", e);
        }
    }

    private static void create(Path file) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        try {
            Files.createDirectories(file.getParent());
            // written whole before it gets its name, so that no reader sees it empty
            Path made = Files.createTempFile(file.getParent(), "audit", ".key",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(made, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
            try {
                Files.move(made, file);
            } catch (FileAlreadyExistsException raced) {
                // made meanwhile by another node sharing the directory: that one is the key
                Files.delete(made);
                return;
            }
            LOG.warning(() -> "SIGTI made the audit key " + file + ": keep it outside the database and its backups,"
                    + " or name another file with SIGTI_AUDIT_KEY_FILE (see README, the audit trail).");
        } catch (IOException e) {
            throw new UncheckedIOException("SIGTI: the audit key " + file + " cannot be made", e);
        }
    }
}
