package org.sigti.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sigti.document.SignatureRefusedException.Reason;

/** A PDF a person signed outside SIGTI is accepted only when every signature verifies against the trust anchors. */
class PdfSignaturesTest {

    private static final TestPki.Identity CA = TestPki.ca("CA de prueba SIGTI");
    private static final TestPki.Identity SIGNER = TestPki.person("Ana Lucía Mamani Quispe", CA);
    private static final byte[] ACTA = new ServiceSlipPdf().render(new ServiceSlipData(Letterhead.of("AGETIC"),
            "BOL-2026-000007", "SOL-2026-000070", "Ana Lucía Mamani Quispe", "Unidad de Sistemas",
            "Instalación del cliente de firma.", "Rosa Condori", LocalDate.of(2026, 5, 4), null, Instant.now(),
            ZoneId.of("America/La_Paz")));

    private static List<PdfSignatures.Signer> verify(byte[] pdf, X509Certificate... anchors) {
        return PdfSignatures.verify(pdf, List.of(anchors), Instant.now());
    }

    private static Reason refusal(byte[] pdf, X509Certificate... anchors) {
        return assertThrows(SignatureRefusedException.class, () -> verify(pdf, anchors)).reason();
    }

    @Test
    void a_pdf_signed_by_a_person_of_a_trusted_ca_is_accepted_with_their_name_and_time() {
        // given
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        byte[] signed = TestPki.sign(ACTA, SIGNER, CA.certificate());

        // when
        List<PdfSignatures.Signer> signers = verify(signed, CA.certificate());

        // then
        assertEquals(1, signers.size());
        assertEquals("Ana Lucía Mamani Quispe", signers.get(0).name());
        Instant at = signers.get(0).signedAt();
        assertTrue(!at.isBefore(before) && at.isBefore(Instant.now().plusSeconds(1)), () -> "signed at " + at);
    }

    @Test
    void a_signer_whose_chain_is_not_in_the_signature_is_still_found_through_the_anchor() {
        byte[] signed = TestPki.sign(ACTA, SIGNER);

        assertEquals("Ana Lucía Mamani Quispe", verify(signed, CA.certificate()).get(0).name());
    }

    @Test
    void every_signature_of_a_pdf_signed_twice_is_verified() {
        TestPki.Identity second = TestPki.person("Jorge Flores Vargas", CA);
        byte[] twice = TestPki.sign(TestPki.sign(ACTA, SIGNER, CA.certificate()), second, CA.certificate());

        List<PdfSignatures.Signer> signers = verify(twice, CA.certificate());

        assertEquals(List.of("Ana Lucía Mamani Quispe", "Jorge Flores Vargas"),
                signers.stream().map(PdfSignatures.Signer::name).toList());
    }

    @Test
    void a_copy_with_one_byte_changed_is_refused_as_modified() {
        byte[] signed = TestPki.sign(ACTA, SIGNER, CA.certificate());

        assertEquals(Reason.MODIFIED, refusal(TestPki.tampered(signed), CA.certificate()));
    }

    @Test
    void a_change_saved_after_the_signature_is_refused_as_modified() throws Exception {
        // given: the signed file opened and saved again with a new title (an incremental update nobody signed)
        byte[] signed = TestPki.sign(ACTA, SIGNER, CA.certificate());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = Loader.loadPDF(signed)) {
            document.getDocumentInformation().setTitle("Otro título");
            document.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
            document.saveIncremental(out);
        }

        // then
        assertEquals(Reason.MODIFIED, refusal(out.toByteArray(), CA.certificate()));
    }

    @Test
    void a_pdf_signed_with_a_certificate_of_another_ca_is_refused_as_untrusted() {
        TestPki.Identity otherCa = TestPki.ca("CA desconocida");
        byte[] signed = TestPki.sign(ACTA, TestPki.person("Impostor", otherCa), otherCa.certificate());

        assertEquals(Reason.UNTRUSTED, refusal(signed, CA.certificate()));
    }

    @Test
    void with_no_trust_anchor_configured_nobody_is_trusted() {
        assertEquals(Reason.UNTRUSTED, refusal(TestPki.sign(ACTA, SIGNER, CA.certificate())));
    }

    @Test
    void a_self_signed_certificate_is_refused_as_untrusted() {
        TestPki.Identity self = TestPki.selfSigned("Yo mismo");
        assertEquals(Reason.UNTRUSTED, refusal(TestPki.sign(ACTA, self), CA.certificate()));
    }

    @Test
    void a_pdf_signed_with_an_expired_certificate_is_refused() {
        Instant now = Instant.now();
        TestPki.Identity expired = TestPki.person("Certificado Vencido", CA, now.minus(Duration.ofDays(400)),
                now.minus(Duration.ofDays(35)));

        assertEquals(Reason.CERTIFICATE_INVALID, refusal(TestPki.sign(ACTA, expired, CA.certificate()),
                CA.certificate()));
    }

    @Test
    void an_unsigned_pdf_is_refused_as_unsigned() {
        assertEquals(Reason.UNSIGNED, refusal(ACTA, CA.certificate()));
    }

    @Test
    void a_file_that_is_no_pdf_is_refused_as_unreadable() {
        assertEquals(Reason.UNREADABLE, refusal("no soy un PDF".getBytes(), CA.certificate()));
    }

    @Test
    void trust_anchors_are_read_from_a_directory_of_pem_files(@TempDir Path directory) {
        TestPki.pem(directory.resolve("ca.pem"), CA.certificate());
        TestPki.pem(directory.resolve("otra.crt"), TestPki.ca("Otra CA").certificate());

        List<X509Certificate> anchors = Certificates.read(directory, new char[0]);

        assertEquals(2, anchors.size());
        assertEquals("Ana Lucía Mamani Quispe", PdfSignatures.verify(TestPki.sign(ACTA, SIGNER), anchors,
                Instant.now()).get(0).name());
    }

    @Test
    void every_refusal_has_its_message_key() {
        for (Reason reason : Reason.values()) {
            assertTrue(reason.messageKey().startsWith("document.signature."), reason::name);
        }
    }
}
