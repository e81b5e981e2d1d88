package org.sigti.document;

import java.io.File;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The institutions' seals: each institution's PKCS#12 keystore, named by system properties, seals the PDFs issued
 * for it ({@link PdfSeal}). For an institution with code {@code MINDEF}: {@code sigti.seal.MINDEF.keystore} (the
 * file), {@code sigti.seal.MINDEF.password} (of the file and the key) and {@code sigti.seal.MINDEF.alias} (optional:
 * the first key entry otherwise). An institution without keystore of its own, and an installation of one
 * institution, use the default key: {@code sigti.seal.keystore}, {@code sigti.seal.password},
 * {@code sigti.seal.alias}. A keystore is read once; replacing it takes a restart.
 */
@ApplicationScoped
public class InstitutionSeals {

    static final String PREFIX = "sigti.seal.";

    private final Map<String, PdfSeal.Key> keys = new ConcurrentHashMap<>();

    /** Where the settings are read; the system properties, or a map in unit tests. */
    UnaryOperator<String> settings = System::getProperty;

    /**
     * The PDF sealed with the institution's key.
     *
     * @param institutionCode the institution's code (DP, AGETIC, SEPREM, MINDEF...), or null for the default key
     * @param reason          shown by readers as the signature's reason
     * @throws IllegalStateException when no keystore is configured for it, or it cannot be read
     */
    public byte[] seal(byte[] pdf, String institutionCode, String reason) {
        return PdfSeal.seal(pdf, key(institutionCode), reason, Instant.now());
    }

    /** The certificate the institution's PDFs are sealed with. */
    public X509Certificate certificate(String institutionCode) {
        return key(institutionCode).certificate();
    }

    /** The installation's default seal certificate, when a seal is configured. */
    public Optional<X509Certificate> configuredCertificate() {
        return blank(settings.apply(PREFIX + "keystore")) ? Optional.empty() : Optional.of(certificate(null));
    }

    PdfSeal.Key key(String institutionCode) {
        String own = institutionCode == null ? null : PREFIX + institutionCode + ".";
        String prefix = own != null && !blank(settings.apply(own + "keystore")) ? own : PREFIX;
        return keys.computeIfAbsent(prefix, this::load);
    }

    private PdfSeal.Key load(String prefix) {
        String keystore = settings.apply(prefix + "keystore");
        if (blank(keystore)) {
            throw new IllegalStateException("No seal is configured for the documents SIGTI issues: set " + prefix
                    + "keystore (a PKCS#12 file), " + prefix + "password and " + prefix + "alias");
        }
        String password = settings.apply(prefix + "password");
        char[] secret = password == null ? new char[0] : password.toCharArray();
        try {
            KeyStore store = KeyStore.getInstance(new File(keystore), secret);
            String alias = settings.apply(prefix + "alias");
            if (blank(alias)) {
                alias = Collections.list(store.aliases()).stream().filter(a -> isKey(store, a)).findFirst()
                        .orElseThrow(() -> new IllegalStateException("No key in the seal keystore " + keystore));
            }
            if (!(store.getKey(alias, secret) instanceof PrivateKey key)) {
                throw new IllegalStateException("No key " + alias + " in the seal keystore " + keystore);
            }
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate certificate : store.getCertificateChain(alias)) {
                chain.add((X509Certificate) certificate);
            }
            return new PdfSeal.Key(key, chain);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the seal keystore " + keystore + " (" + prefix + "*)", e);
        }
    }

    private static boolean isKey(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
