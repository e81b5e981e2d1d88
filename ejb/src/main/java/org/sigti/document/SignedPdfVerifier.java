package org.sigti.document;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sigti.security.Roles;

/**
 * Accepts a PDF a person signed with their own digital certificate (RENIEC, ADSIB, the Guatemalan authority...)
 * only when every signature in it verifies ({@link PdfSignatures}) against the installation's trust anchors:
 * {@code sigti.signature.trust-anchors}, a directory of CA certificates (PEM or DER) or a PKCS#12/JKS truststore
 * (with {@code sigti.signature.trust-anchors.password}), and SIGTI's own seal certificate (a document SIGTI issued
 * and a person then signed carries both). With none configured, no person is trusted. The anchors are read at each
 * verification, so adding a CA needs no restart.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.SOLICITANTE, Roles.AUDITOR})
public class SignedPdfVerifier {

    @Inject
    InstitutionSeals seals;

    /**
     * The signers of the PDF.
     *
     * @throws SignatureRefusedException with the reason the person reads: not signed, modified after signing,
     *                                   untrusted signer, expired or invalid certificate, unreadable file
     */
    public List<PdfSignatures.Signer> verify(byte[] pdf) {
        List<X509Certificate> anchors = new ArrayList<>(trustAnchors());
        seals.configuredCertificate().ifPresent(anchors::add);
        return PdfSignatures.verify(pdf, anchors, Instant.now());
    }

    static List<X509Certificate> trustAnchors() {
        String location = System.getProperty("sigti.signature.trust-anchors", "");
        if (location.isBlank()) {
            return List.of();
        }
        String password = System.getProperty("sigti.signature.trust-anchors.password", "");
        return Certificates.read(Path.of(location), password.toCharArray());
    }
}
