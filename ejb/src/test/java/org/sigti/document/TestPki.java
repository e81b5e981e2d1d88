package org.sigti.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * A small public-key infrastructure for tests, made with BouncyCastle: a CA, the certificates it issues, and a PDF
 * signed the way a person's signing tool does it (PDFBox, {@code adbe.pkcs7.detached}, a CMS signature with the
 * signing time), outside SIGTI's own seal code.
 */
final class TestPki {

    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());

    private TestPki() {
    }

    /** A key pair and its certificate. */
    record Identity(KeyPair keys, X509Certificate certificate) {

        PrivateKey privateKey() {
            return keys.getPrivate();
        }
    }

    static Identity ca(String name) {
        KeyPair keys = rsa();
        Instant now = Instant.now();
        return new Identity(keys, certificate("CN=" + name + ", O=Autoridad de prueba, C=BO", keys, null,
                now.minus(1, ChronoUnit.DAYS), now.plus(3650, ChronoUnit.DAYS), true));
    }

    /** A self-signed signing certificate, as the demo seal of an institution. */
    static Identity selfSigned(String name) {
        KeyPair keys = rsa();
        Instant now = Instant.now();
        return new Identity(keys, certificate("CN=" + name + ", O=Institución de prueba, C=BO", keys, null,
                now.minus(1, ChronoUnit.DAYS), now.plus(3650, ChronoUnit.DAYS), false));
    }

    static Identity person(String name, Identity issuer) {
        Instant now = Instant.now();
        return person(name, issuer, now.minus(1, ChronoUnit.DAYS), now.plus(365, ChronoUnit.DAYS));
    }

    static Identity person(String name, Identity issuer, Instant notBefore, Instant notAfter) {
        KeyPair keys = rsa();
        return new Identity(keys, certificate("CN=" + name + ", OU=Firma digital, C=BO", keys, issuer, notBefore,
                notAfter, false));
    }

    /** The PDF signed by the person, with their chain in the signature. */
    static byte[] sign(byte[] pdf, Identity signer, X509Certificate... issuers) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            signature.setName(Certificates.commonName(signer.certificate()));
            signature.setReason("Conformidad");
            signature.setSignDate(new GregorianCalendar());
            document.addSignature(signature);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
            byte[] content = external.getContent().readAllBytes();
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build()).build(
                            new JcaContentSignerBuilder("SHA256withRSA").build(signer.privateKey()),
                            signer.certificate()));
            List<X509Certificate> chain = new ArrayList<>(List.of(signer.certificate()));
            chain.addAll(List.of(issuers));
            generator.addCertificates(new JcaCertStore(chain));
            external.setSignature(generator.generate(new CMSProcessableByteArray(content), false).getEncoded());
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PKCS#12 keystore with the identity under the alias. */
    static Path keystore(Path file, Identity identity, String alias, String password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(alias, identity.privateKey(), password.toCharArray(),
                    new Certificate[] {identity.certificate()});
            try (var out = Files.newOutputStream(file)) {
                store.store(out, password.toCharArray());
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The certificate as a PEM file. */
    static Path pem(Path file, X509Certificate certificate) {
        try {
            String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(certificate.getEncoded());
            Files.writeString(file, "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same bytes with one changed, inside the first (compressed) stream of the file. */
    static byte[] tampered(byte[] pdf) {
        byte[] copy = pdf.clone();
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("stream\n") + "stream\n".length() + 20;
        copy[at] ^= 0x01;
        return copy;
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate certificate(String subject, KeyPair keys, Identity issuer, Instant notBefore,
            Instant notAfter, boolean ca) {
        try {
            X500Name subjectName = new X500Name(subject);
            X500Name issuerName = issuer == null ? subjectName
                    : X500Name.getInstance(issuer.certificate().getSubjectX500Principal().getEncoded());
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuerName,
                    BigInteger.valueOf(SERIAL.incrementAndGet()), Date.from(notBefore), Date.from(notAfter),
                    subjectName, keys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                    : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            PrivateKey signing = issuer == null ? keys.getPrivate() : issuer.privateKey();
            return new JcaX509CertificateConverter().getCertificate(builder.build(
                    new JcaContentSignerBuilder("SHA256withRSA").build(signing)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
