package org.sigti.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/** Reading certificates and keystores: the names shown, the trust anchors of an installation. */
final class Certificates {

    private Certificates() {
    }

    /** The certificate's common name (CN), or its whole subject when it has none. */
    static String commonName(X509Certificate certificate) {
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        RDN[] names = subject.getRDNs(BCStyle.CN);
        return names.length == 0 ? subject.toString() : IETFUtils.valueToString(names[0].getFirst().getValue());
    }

    /**
     * The certificates at a path: a directory of certificate files (PEM or DER, several per file allowed; other files
     * are ignored), a PKCS#12 or JKS truststore ({@code .p12}, {@code .pfx}, {@code .jks}: every certificate in it),
     * or one certificate file.
     */
    static List<X509Certificate> read(Path path, char[] password) {
        try {
            if (Files.isDirectory(path)) {
                List<X509Certificate> all = new ArrayList<>();
                try (Stream<Path> files = Files.list(path)) {
                    for (Path file : files.sorted().toList()) {
                        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                        if (Files.isRegularFile(file) && (name.endsWith(".pem") || name.endsWith(".crt")
                                || name.endsWith(".cer") || name.endsWith(".der"))) {
                            all.addAll(certificateFile(file));
                        }
                    }
                }
                return all;
            }
            String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".p12") || name.endsWith(".pfx") || name.endsWith(".jks")) {
                KeyStore store = KeyStore.getInstance(path.toFile(), password);
                List<X509Certificate> all = new ArrayList<>();
                for (String alias : Collections.list(store.aliases())) {
                    if (store.getCertificate(alias) instanceof X509Certificate certificate) {
                        all.add(certificate);
                    }
                }
                return all;
            }
            return certificateFile(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the certificates of " + path, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the certificates of " + path, e);
        }
    }

    private static List<X509Certificate> certificateFile(Path file) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(file)) {
            List<X509Certificate> all = new ArrayList<>();
            for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                all.add((X509Certificate) certificate);
            }
            return all;
        }
    }
}
