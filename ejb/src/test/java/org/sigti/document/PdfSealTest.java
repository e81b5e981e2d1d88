package org.sigti.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sigti.document.SignatureRefusedException.Reason;

/** SIGTI's PAdES B-B seal: any reader verifies it with the institution's certificate, and one byte changed breaks it. */
class PdfSealTest {

    private static final TestPki.Identity INSTITUTION = TestPki.selfSigned("Defensoría del Pueblo - Sello SIGTI");
    private static final PdfSeal.Key KEY = new PdfSeal.Key(INSTITUTION.privateKey(),
            List.of(INSTITUTION.certificate()));

    private static byte[] boleta() {
        return new ServiceSlipPdf().render(new ServiceSlipData(new Letterhead("Defensoría del Pueblo",
                "Unidad de Tecnologías de la Información", "Calle Colombia N° 440, La Paz", PdfA.png(60, 60, true)),
                "BOL-2026-000040", "SOL-2026-000321", "Begoña Pérez", "Dirección", "Reemplazo del tóner.",
                "Joaquín Muñoz", LocalDate.of(2026, 5, 4), null, Instant.now(), ZoneId.of("America/La_Paz")));
    }

    @Test
    void a_sealed_pdf_verifies_with_the_institution_certificate_as_pades_baseline_b() throws Exception {
        // given
        byte[] issued = boleta();

        // when
        byte[] sealed = PdfSeal.seal(issued, KEY, "Emitido por SIGTI: BOL-2026-000040", Instant.now());

        // then: the whole file is signed, by the institution
        List<PdfSignatures.Signer> signers = PdfSignatures.verify(sealed, List.of(INSTITUTION.certificate()),
                Instant.now());
        assertEquals("Defensoría del Pueblo - Sello SIGTI", signers.get(0).name());
        assertNotNull(signers.get(0).signedAt(), "the signature dictionary's time");
        // and it is PAdES B-B: CAdES detached, signing-certificate-v2 of that certificate, no signing-time attribute
        try (PDDocument document = Loader.loadPDF(sealed)) {
            PDSignature signature = document.getLastSignatureDictionary();
            assertEquals("ETSI.CAdES.detached", signature.getSubFilter());
            CMSSignedData cms;
            try (ASN1InputStream in = new ASN1InputStream(signature.getContents())) {
                cms = new CMSSignedData(ContentInfo.getInstance(in.readObject()));
            }
            SignerInformation info = cms.getSignerInfos().getSigners().iterator().next();
            AttributeTable attributes = info.getSignedAttributes();
            assertNull(attributes.get(CMSAttributes.signingTime));
            Attribute v2 = attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
            byte[] hash = SigningCertificateV2.getInstance(v2.getAttrValues().getObjectAt(0)).getCerts()[0]
                    .getCertHash();
            assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(INSTITUTION.certificate().getEncoded()),
                    hash);
            for (PDAnnotationWidget widget : document.getSignatureFields().get(0).getWidgets()) {
                assertTrue(widget.isPrinted(), "PDF/A: the signature's widget is printable");
            }
        }
        // the first revision is the issued file, untouched, and the whole stays PDF/A-2b
        assertArrayEquals(issued, Arrays.copyOf(sealed, issued.length));
        PdfA.assertPdfA2b(sealed);
    }

    @Test
    void changing_one_byte_of_a_sealed_pdf_breaks_the_seal() {
        byte[] sealed = PdfSeal.seal(boleta(), KEY, "Emitido por SIGTI", Instant.now());

        SignatureRefusedException refused = assertThrows(SignatureRefusedException.class,
                () -> PdfSignatures.verify(TestPki.tampered(sealed), List.of(INSTITUTION.certificate()),
                        Instant.now()));

        assertEquals(Reason.MODIFIED, refused.reason());
    }

    @Test
    void each_institution_seals_with_its_own_keystore_and_the_others_with_the_default(@TempDir Path dir) {
        // given: MINDEF's own keystore, and the installation's default one
        TestPki.Identity mindef = TestPki.selfSigned("Ministerio de Defensa - Sello");
        TestPki.Identity fallback = TestPki.selfSigned("Institución - Sello");
        Map<String, String> settings = Map.of(
                "sigti.seal.MINDEF.keystore", TestPki.keystore(dir.resolve("mindef.p12"), mindef, "sello", "m1")
                        .toString(),
                "sigti.seal.MINDEF.password", "m1",
                "sigti.seal.MINDEF.alias", "sello",
                "sigti.seal.keystore", TestPki.keystore(dir.resolve("default.p12"), fallback, "x", "d1").toString(),
                "sigti.seal.password", "d1");
        InstitutionSeals seals = new InstitutionSeals();
        seals.settings = settings::get;

        // then
        assertEquals(mindef.certificate(), seals.certificate("MINDEF"));
        assertEquals(fallback.certificate(), seals.certificate("SEPREM"));
        assertEquals(fallback.certificate(), seals.certificate(null));
        byte[] sealed = seals.seal(boleta(), "MINDEF", "Emitido por SIGTI");
        assertEquals("Ministerio de Defensa - Sello", PdfSignatures.verify(sealed, List.of(mindef.certificate()),
                Instant.now()).get(0).name());
    }

    @Test
    void without_a_keystore_configured_sealing_says_which_setting_is_missing() {
        InstitutionSeals seals = new InstitutionSeals();
        seals.settings = key -> null;

        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> seals.seal(boleta(), "DP", "x"));

        assertTrue(missing.getMessage().contains("sigti.seal.keystore"), missing::getMessage);
    }
}
