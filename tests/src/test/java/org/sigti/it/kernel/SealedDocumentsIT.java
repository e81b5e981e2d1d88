package org.sigti.it.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sigti.document.PdfSignatures;
import org.sigti.document.SignatureRefusedException;
import org.sigti.document.SignedPdfVerifier;
import org.sigti.it.AsRole;
import org.sigti.it.Sigti;
import org.sigti.it.Sql;
import org.sigti.workflow.Actor;
import org.sigti.workflow.CaseDocuments;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.Move;
import org.sigti.workflow.NewCase;
import org.sigti.workflow.ProcedureFlow;
import org.sigti.workflow.Procedures;

/**
 * Issued documents in the deployed EAR: the boleta of SEPREM-DI-008.1 is issued once as PDF/A, sealed with the
 * certificate of the keystore the server is configured with (test-env.sh made it), and every download is that file;
 * the seal verifies with PDFBox and BouncyCastle alone, and one byte changed breaks it. A copy signed by a person of
 * the configured test CA is accepted by {@link SignedPdfVerifier} with their name; a changed copy is refused.
 */
@ExtendWith(ArquillianExtension.class)
class SealedDocumentsIT {

    private static final String PROCEDURE = "SEPREM-DI-008.1";
    private static final Actor ASISTENTE = new Actor("seal.asistente", "Ada Asistente", null,
            List.of("Operador", "Solicitante"), "DI-ASIST", "SEPREM");
    private static final Actor SOPORTE = new Actor("seal.soporte", "Sofía Soporte", null,
            List.of("Tecnico", "Solicitante"), "DI-SOPORTE", "SEPREM");

    @Inject
    CaseEngine engine;

    @Inject
    Procedures procedures;

    /** SEPREM's Jefe: the boleta is of a SEPREM case (SEPREM-DI-008.1), sealed with the installation's seal. */
    @EJB(lookup = AsRole.JEFE_SEPREM)
    AsRole asJefe;

    @EJB(lookup = AsRole.SOLICITANTE)
    AsRole asSolicitante;

    @EJB(lookup = "java:global/sigti/sigti-ejb/CaseDocuments!org.sigti.workflow.CaseDocuments")
    CaseDocuments documents;

    @EJB(lookup = "java:global/sigti/sigti-ejb/SignedPdfVerifier!org.sigti.document.SignedPdfVerifier")
    SignedPdfVerifier verifier;

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    DataSource db;

    @Deployment
    static EnterpriseArchive sigtiWithProbe() {
        WebArchive probe = ShrinkWrap.create(WebArchive.class, "sealed-documents-probe.war")
                .addClasses(SealedDocumentsIT.class, Sigti.class, Sql.class)
                .addAsWebInfResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\""
                        + " bean-discovery-mode=\"all\" version=\"4.0\"/>"), "beans.xml");
        return Sigti.earWithProbe(probe);
    }

    @Test
    void the_issued_boleta_is_pdfa_sealed_once_by_the_configured_institution_certificate() throws Exception {
        // given: a SEPREM-DI-008.1 case whose step 8 handed over the boleta
        long c = caseWithBoleta();

        // when
        String number = asJefe.call(() -> documents.issue(c, "SERVICE_SLIP"));
        byte[] pdf = asJefe.call(() -> documents.download(c, "SERVICE_SLIP")).pdf();

        // then: every copy is the file sealed at the issue
        assertArrayEquals(pdf, asJefe.call(() -> documents.download(c, "SERVICE_SLIP")).pdf(), "sealed once");
        assertEquals(1, new Sql(db).number("select count(*) from issued_document where case_id = ?", c));
        // the seal covers the whole file and is the configured institution's certificate
        X509Certificate institution = (X509Certificate) keystore(System.getProperty("sigti.seal.keystore"))
                .getCertificate(alias(keystore(System.getProperty("sigti.seal.keystore"))));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature seal = document.getLastSignatureDictionary();
            assertEquals("ETSI.CAdES.detached", seal.getSubFilter());
            int[] range = seal.getByteRange();
            assertEquals(pdf.length, range[2] + range[3], "the byte range reaches the end of the file");
            assertTrue(seal.getReason().contains(number), seal::getReason);
            assertTrue(sealVerifies(pdf, seal, institution), "the seal verifies");
            assertFalse(sealVerifies(changed(pdf), seal, institution), "one byte changed breaks it");
            // PDF/A-2b: identified in the XMP metadata, an output intent, every font embedded
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(),
                    StandardCharsets.UTF_8);
            assertTrue(xmp.contains("pdfaid:part>2<") || xmp.contains("pdfaid:part=\"2\""), xmp);
            assertEquals(1, document.getDocumentCatalog().getOutputIntents().size());
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font::getName);
                }
            }
        }
    }

    @Test
    void a_copy_signed_by_a_person_of_the_configured_ca_is_accepted_and_a_changed_one_refused() throws Exception {
        // given: the boleta, signed by the test CA's person (test-env.sh's signer.p12) outside SIGTI
        long c = caseWithBoleta();
        asJefe.call(() -> documents.issue(c, "SERVICE_SLIP"));
        byte[] pdf = asJefe.call(() -> documents.download(c, "SERVICE_SLIP")).pdf();
        Path anchors = Path.of(System.getProperty("sigti.signature.trust-anchors"));
        byte[] signed = signAsPerson(pdf, keystore(anchors.resolveSibling("signer.p12").toString()));

        // when
        List<PdfSignatures.Signer> signers = asSolicitante.call(() -> verifier.verify(signed));

        // then: the seal and the person's signature, both verified
        assertEquals(List.of("SIGTI - Sello de demostración", "Firmante de demostración"),
                signers.stream().map(PdfSignatures.Signer::name).toList());
        SignatureRefusedException refused = assertThrows(SignatureRefusedException.class,
                () -> asSolicitante.call(() -> verifier.verify(changed(signed))));
        assertEquals(SignatureRefusedException.Reason.MODIFIED, refused.reason());
        SignatureRefusedException unsigned = assertThrows(SignatureRefusedException.class,
                () -> asSolicitante.call(() -> verifier.verify(Sigti.class.getName().getBytes())));
        assertEquals(SignatureRefusedException.Reason.UNREADABLE, unsigned.reason());
    }

    private long caseWithBoleta() throws Exception {
        ProcedureFlow flow = procedures.flow(PROCEDURE).orElseThrow();
        int n = ThreadLocalRandom.current().nextInt(100_000, 999_999);
        Actor user = new Actor("seal.usuario" + n, "Úrsula Usuaria " + n, null, List.of("Solicitante"), "DI",
                "SEPREM");
        long c = asJefe.call(() -> engine.start(PROCEDURE, user, new NewCase("Impresora sin tóner " + n,
                "Solicitud de prueba.", null, null, null, null, null), flow)).getId();
        Sql sql = new Sql(db);
        while (!"8.F".equals(openStep(sql, c))) {
            String step = openStep(sql, c);
            Actor actor = switch (step) {
                case "1" -> user;
                case "2" -> ASISTENTE;
                default -> SOPORTE;
            };
            Map<String, String> fields = switch (step) {
                case "5" -> Map.of("diagnostico", "Tóner agotado.");
                case "6" -> Map.of("solucion", "Se reemplazó el tóner.");
                default -> Map.of();
            };
            long[] item = sql.numbers("select id, version from work_item where case_id = ? and status = 'OPEN'"
                    + " order by id", c);
            asJefe.call(() -> engine.act(actor, new Move(item[0], item[1], "continuar", null, fields, null), flow));
        }
        return c;
    }

    private static String openStep(Sql sql, long c) throws SQLException {
        return sql.textOrNull("select step_code from work_item where case_id = ? and status = 'OPEN'", c);
    }

    /** The CMS of the last signature, checked with BouncyCastle alone against the byte range of the file. */
    private static boolean sealVerifies(byte[] pdf, PDSignature seal, X509Certificate institution) {
        try {
            int[] range = seal.getByteRange();
            byte[] contents = HexFormat.of().parseHex(new String(pdf, range[1] + 1, range[2] - range[1] - 2,
                    StandardCharsets.US_ASCII));
            byte[] signedBytes = new byte[range[1] + range[3]];
            System.arraycopy(pdf, 0, signedBytes, 0, range[1]);
            System.arraycopy(pdf, range[2], signedBytes, range[1], range[3]);
            CMSSignedData cms;
            try (ASN1InputStream in = new ASN1InputStream(contents)) {
                cms = new CMSSignedData(new CMSProcessableByteArray(signedBytes),
                        ContentInfo.getInstance(in.readObject()));
            }
            SignerInformation info = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            X509CertificateHolder signer = (X509CertificateHolder) cms.getCertificates().getMatches(info.getSID())
                    .iterator().next();
            assertArrayEquals(institution.getEncoded(), signer.getEncoded(), "sealed by the configured certificate");
            assertTrue(info.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2) != null,
                    "PAdES: signing-certificate-v2");
            return info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(institution));
        } catch (Exception e) {
            return false;
        }
    }

    private static byte[] changed(byte[] pdf) {
        byte[] copy = Arrays.copyOf(pdf, pdf.length);
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("stream\n") + "stream\n".length() + 20;
        copy[at] ^= 0x01;
        return copy;
    }

    private static KeyStore keystore(String file) throws Exception {
        return KeyStore.getInstance(new File(file), System.getProperty("sigti.seal.password").toCharArray());
    }

    private static String alias(KeyStore store) throws Exception {
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                return alias;
            }
        }
        throw new IllegalStateException("no key");
    }

    /** Signed the way a person's tool does it: PDFBox, adbe.pkcs7.detached, BouncyCastle's default attributes. */
    private static byte[] signAsPerson(byte[] pdf, KeyStore store) throws Exception {
        String alias = alias(store);
        PrivateKey key = (PrivateKey) store.getKey(alias, System.getProperty("sigti.seal.password").toCharArray());
        List<X509Certificate> chain = new ArrayList<>();
        for (var certificate : store.getCertificateChain(alias)) {
            chain.add((X509Certificate) certificate);
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            signature.setSignDate(new GregorianCalendar());
            document.addSignature(signature);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build()).build(
                            new JcaContentSignerBuilder("SHA256withRSA").build(key), chain.get(0)));
            generator.addCertificates(new JcaCertStore(chain));
            external.setSignature(generator.generate(new CMSProcessableByteArray(external.getContent()
                    .readAllBytes()), false).getEncoded());
            return out.toByteArray();
        }
    }
}
