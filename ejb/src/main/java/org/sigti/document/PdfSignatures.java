package org.sigti.document;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSVerifierCertificateNotValidException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.sigti.document.SignatureRefusedException.Reason;

/**
 * Verifies every signature of a signed PDF, as {@link SignedPdfVerifier} does for uploads: each signature's byte
 * range leaves out exactly its own contents and the last one reaches the end of the file (nothing was appended
 * unsigned), its CMS signature and message digest match the signed bytes, the signer's certificate was valid when it
 * signed and is meant for signing, and it chains to one of the trust anchors given. Revocation is not checked (no
 * CRL or OCSP is reachable from every installation). Detached CMS signatures only ({@code adbe.pkcs7.detached},
 * {@code ETSI.CAdES.detached}), which is what signing tools produce today.
 */
public final class PdfSignatures {

    /** How far in the future a claimed signing time may be (clocks differ). */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private PdfSignatures() {
    }

    /**
     * Who signed.
     *
     * @param name     the common name (CN) of the signer's certificate
     * @param subject  the certificate's whole subject
     * @param issuer   the certificate's issuer
     * @param signedAt the claimed signing time: the CMS signing-time attribute, else the signature dictionary's
     */
    public record Signer(String name, String subject, String issuer, Instant signedAt) implements Serializable {
    }

    /** Whether the file is a PDF with at least one signature (a file PDFBox cannot read has none). */
    public static boolean signed(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return !document.getSignatureDictionaries().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The signers of the PDF, in the order of its signatures.
     *
     * @throws SignatureRefusedException when the file is not a readable PDF, is unsigned, was changed after a
     *                                   signature, or a signer is untrusted or their certificate invalid
     */
    public static List<Signer> verify(byte[] pdf, Collection<X509Certificate> trustAnchors, Instant now) {
        List<PDSignature> signatures;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            signatures = document.getSignatureDictionaries();
        } catch (IOException e) {
            throw new SignatureRefusedException(Reason.UNREADABLE, e);
        }
        if (signatures.isEmpty()) {
            throw new SignatureRefusedException(Reason.UNSIGNED);
        }
        long end = 0;
        List<Signer> signers = new ArrayList<>();
        for (PDSignature signature : signatures) {
            int[] range = coveringAllButContents(pdf, signature);
            end = Math.max(end, (long) range[2] + range[3]);
            signers.add(verify(pdf, signature, contents(pdf, range), trustAnchors, now));
        }
        if (end != pdf.length) {
            throw new SignatureRefusedException(Reason.MODIFIED);
        }
        return signers;
    }

    /** The byte range: from the start, around the signature's contents only. */
    private static int[] coveringAllButContents(byte[] pdf, PDSignature signature) {
        int[] range = signature.getByteRange();
        boolean shaped = range != null && range.length == 4 && range[0] == 0 && range[1] > 0
                && range[2] > range[1] + 1 && range[3] >= 0 && (long) range[2] + range[3] <= pdf.length
                && pdf[range[1]] == '<' && pdf[range[2] - 1] == '>';
        if (!shaped) {
            throw new SignatureRefusedException(Reason.MODIFIED);
        }
        for (int i = range[1] + 1; i < range[2] - 1; i++) {
            if (Character.digit(pdf[i], 16) < 0) {
                throw new SignatureRefusedException(Reason.MODIFIED);
            }
        }
        return range;
    }

    /** The signature's contents: the hexadecimal string the byte range leaves out, decoded. */
    private static byte[] contents(byte[] pdf, int[] range) {
        String hex = new String(pdf, range[1] + 1, range[2] - range[1] - 2, StandardCharsets.US_ASCII);
        if (hex.length() % 2 != 0) {
            throw new SignatureRefusedException(Reason.MODIFIED);
        }
        return HexFormat.of().parseHex(hex);
    }

    private static Signer verify(byte[] pdf, PDSignature signature, byte[] contents,
            Collection<X509Certificate> trustAnchors, Instant now) {
        String subFilter = signature.getSubFilter();
        if (!PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED.getName().equals(subFilter)
                && !PDSignature.SUBFILTER_ETSI_CADES_DETACHED.getName().equals(subFilter)) {
            throw new SignatureRefusedException(Reason.UNREADABLE);
        }
        CMSSignedData cms;
        try {
            // the contents are padded with zeros after the CMS structure: read its first object only
            ASN1Primitive structure;
            try (ASN1InputStream in = new ASN1InputStream(contents)) {
                structure = in.readObject();
            }
            cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)),
                    ContentInfo.getInstance(structure));
        } catch (CMSException | IOException | IllegalArgumentException e) {
            throw new SignatureRefusedException(Reason.MODIFIED, e);
        }
        Collection<SignerInformation> infos = cms.getSignerInfos().getSigners();
        if (infos.size() != 1) {
            throw new SignatureRefusedException(Reason.UNREADABLE);
        }
        SignerInformation info = infos.iterator().next();
        X509Certificate certificate = signerCertificate(cms, info);
        String name = Certificates.commonName(certificate);
        try {
            if (!info.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(PdfSeal.BC).build(certificate))) {
                throw new SignatureRefusedException(Reason.MODIFIED, name);
            }
        } catch (CMSVerifierCertificateNotValidException e) {
            throw new SignatureRefusedException(Reason.CERTIFICATE_INVALID, e, name);
        } catch (CMSException | OperatorCreationException e) {
            throw new SignatureRefusedException(Reason.MODIFIED, e, name);
        }
        Instant signedAt = signingTime(info, signature);
        Instant validAt = signedAt == null ? now : signedAt;
        try {
            certificate.checkValidity(Date.from(validAt));
        } catch (GeneralSecurityException e) {
            throw new SignatureRefusedException(Reason.CERTIFICATE_INVALID, e, name);
        }
        boolean[] usage = certificate.getKeyUsage();
        if ((signedAt != null && signedAt.isAfter(now.plus(CLOCK_SKEW)))
                || (usage != null && !(usage[0] || usage[1]))) {
            throw new SignatureRefusedException(Reason.CERTIFICATE_INVALID, name);
        }
        chain(certificate, cms, trustAnchors, validAt, name);
        return new Signer(name, certificate.getSubjectX500Principal().getName(),
                certificate.getIssuerX500Principal().getName(), signedAt);
    }

    private static X509Certificate signerCertificate(CMSSignedData cms, SignerInformation info) {
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(info.getSID());
        if (matches.isEmpty()) {
            throw new SignatureRefusedException(Reason.UNTRUSTED, String.valueOf(info.getSID().getIssuer()));
        }
        try {
            return new JcaX509CertificateConverter().setProvider(PdfSeal.BC).getCertificate(matches.iterator().next());
        } catch (GeneralSecurityException e) {
            throw new SignatureRefusedException(Reason.UNREADABLE, e);
        }
    }

    /** The CMS signing-time attribute, else the signature dictionary's M entry, else null. */
    private static Instant signingTime(SignerInformation info, PDSignature signature) {
        AttributeTable attributes = info.getSignedAttributes();
        Attribute time = attributes == null ? null : attributes.get(CMSAttributes.signingTime);
        if (time != null && time.getAttrValues().size() == 1) {
            return Time.getInstance(time.getAttrValues().getObjectAt(0)).getDate().toInstant();
        }
        return signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
    }

    /** A certification path from the signer to a trust anchor, with the certificates the signature carries. */
    private static void chain(X509Certificate certificate, CMSSignedData cms, Collection<X509Certificate> anchors,
            Instant at, String name) {
        if (anchors.contains(certificate)) {
            return;
        }
        if (anchors.isEmpty()) {
            throw new SignatureRefusedException(Reason.UNTRUSTED, name);
        }
        try {
            Set<TrustAnchor> trust = new HashSet<>();
            anchors.forEach(a -> trust.add(new TrustAnchor(a, null)));
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(certificate);
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(trust, target);
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(at));
            List<X509Certificate> carried = new ArrayList<>();
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter().setProvider(PdfSeal.BC);
            for (Object holder : cms.getCertificates().getMatches(null)) {
                carried.add(converter.getCertificate((X509CertificateHolder) holder));
            }
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(carried)));
            CertPathBuilder.getInstance("PKIX").build(parameters);
        } catch (GeneralSecurityException e) {
            throw new SignatureRefusedException(Reason.UNTRUSTED, e, name);
        }
    }
}
