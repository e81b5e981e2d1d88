package org.sigti.document;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The PAdES seal (baseline B-B) that SIGTI puts on every PDF it issues: an incremental update holding an invisible
 * signature field, sub-filter {@code ETSI.CAdES.detached}, whose CMS signature covers the whole file but the
 * signature itself, carries the signing-certificate-v2 attribute naming the institution's certificate and no
 * signing-time attribute (PAdES puts the time in the signature dictionary). Any PDF reader then shows that the file
 * came from the institution unchanged. The first revision is left as it was, so a PDF/A document stays PDF/A.
 */
public final class PdfSeal {

    /** BouncyCastle as an instance, never registered in the JVM's provider list (it would outlive a redeploy). */
    static final BouncyCastleProvider BC = new BouncyCastleProvider();

    /** Room kept for the CMS signature: the chain of a national CA fits. */
    private static final int SIGNATURE_SIZE = 32 * 1024;

    private PdfSeal() {
    }

    /**
     * An institution's sealing key.
     *
     * @param key   the private key (RSA or EC)
     * @param chain the institution's certificate first, then its issuers (the root may be left out)
     */
    public record Key(PrivateKey key, List<X509Certificate> chain) {

        public Key {
            requireNonNull(key, "Private key is required.");
            chain = List.copyOf(chain);
            if (chain.isEmpty()) {
                throw new IllegalArgumentException("The seal needs the institution's certificate.");
            }
        }

        public X509Certificate certificate() {
            return chain.get(0);
        }
    }

    /**
     * The PDF with the seal added.
     *
     * @param pdf    the document as issued
     * @param key    the institution's key and certificate
     * @param reason why it is sealed, shown by readers, e.g. "Emitido por SIGTI: BOL-2026-000040"
     * @param at     the claimed signing time (the signature dictionary's M entry)
     */
    public static byte[] seal(byte[] pdf, Key key, String reason, Instant at) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(Certificates.commonName(key.certificate()));
            signature.setReason(reason);
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            when.setTimeInMillis(at.toEpochMilli());
            signature.setSignDate(when);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * SIGNATURE_SIZE + 4096);
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(SIGNATURE_SIZE);
                document.addSignature(signature, options);
                printable(document, signature);
                ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
                external.setSignature(cms(external.getContent(), key));
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** PDF/A wants every annotation printable, the signature's invisible widget too. */
    private static void printable(PDDocument document, PDSignature signature) throws IOException {
        for (PDSignatureField field : document.getSignatureFields()) {
            COSBase value = field.getCOSObject().getDictionaryObject(org.apache.pdfbox.cos.COSName.V);
            if (value == signature.getCOSObject()) {
                for (PDAnnotationWidget widget : field.getWidgets()) {
                    widget.setPrinted(true);
                }
            }
        }
    }

    /** The detached CMS signature of the byte range, as PAdES B-B wants it. */
    static byte[] cms(InputStream content, Key key) throws IOException {
        try {
            X509Certificate certificate = key.certificate();
            String algorithm = "EC".equals(key.key().getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            ASN1EncodableVector extra = new ASN1EncodableVector();
            extra.add(signingCertificateV2(certificate));
            DefaultSignedAttributeTableGenerator defaults = new DefaultSignedAttributeTableGenerator(
                    new AttributeTable(extra));
            CMSAttributeTableGenerator withoutSigningTime = parameters -> defaults.getAttributes(parameters)
                    .remove(CMSAttributes.signingTime);
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().setProvider(BC).build())
                    .setSignedAttributeGenerator(withoutSigningTime)
                    .build(new JcaContentSignerBuilder(algorithm).setProvider(BC).build(key.key()), certificate));
            generator.addCertificates(new JcaCertStore(key.chain()));
            return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).toASN1Structure()
                    .getEncoded(ASN1Encoding.DER);
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IllegalStateException("Cannot seal the document with " + key.certificate().getSubjectX500Principal(),
                    e);
        }
    }

    /** ESS signing-certificate-v2: the SHA-256 of the certificate, with its issuer and serial number. */
    private static Attribute signingCertificateV2(X509Certificate certificate) throws GeneralSecurityException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        IssuerSerial issuerSerial = new IssuerSerial(new GeneralNames(new GeneralName(
                X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))),
                certificate.getSerialNumber());
        ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash, issuerSerial);
        return new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {id})));
    }
}
