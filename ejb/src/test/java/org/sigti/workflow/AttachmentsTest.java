package org.sigti.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class AttachmentsTest {

    @Test
    void a_pdf_is_accepted_by_its_content_with_a_safe_name_and_its_hash() {
        byte[] pdf = "%PDF-1.7 test".getBytes(StandardCharsets.US_ASCII);
        var checked = Attachments.check(new Upload("C:\\Users\\ana\\..\\acta firmada.PDF", "text/html", pdf));
        assertEquals("acta firmada.PDF", checked.fileName());
        assertEquals("application/pdf", checked.contentType());
        assertEquals(64, checked.sha256().length());
    }

    @Test
    void content_that_does_not_match_its_extension_is_refused() {
        var e = assertThrows(WorkflowException.class, () -> Attachments.check(new Upload("foto.png", "image/png",
                "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))));
        assertEquals("workflow.attachment.type", e.messageKey());
        assertThrows(WorkflowException.class, () -> Attachments.check(new Upload("run.exe", "application/pdf",
                "%PDF-".getBytes(StandardCharsets.US_ASCII))));
        assertThrows(WorkflowException.class, () -> Attachments.check(new Upload("notas.txt", "text/plain",
                new byte[] {'a', 0, 'b'})));
    }

    @Test
    void empty_and_oversized_files_are_refused() {
        assertEquals("workflow.attachment.empty", assertThrows(WorkflowException.class,
                () -> Attachments.check(new Upload("a.txt", "text/plain", new byte[0]))).messageKey());
        byte[] big = new byte[Attachments.MAX_BYTES + 1];
        big[0] = '%';
        assertEquals("workflow.attachment.tooLarge", assertThrows(WorkflowException.class,
                () -> Attachments.check(new Upload("a.pdf", "application/pdf", big))).messageKey());
    }

    @Test
    void utf8_text_with_accents_is_accepted() {
        var checked = Attachments.check(new Upload("log.txt", "text/plain",
                "Conexión fallida\nañadir\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("text/plain", checked.contentType());
    }

    @Test
    void a_mail_is_accepted_as_eml_when_it_starts_with_a_header_field() {
        var checked = Attachments.check(new Upload("La impresora.eml", "application/octet-stream",
                "Received: from mail.example.gob\r\nFrom: ana@example.gob\r\n\r\nTexto".getBytes(
                        StandardCharsets.US_ASCII)));
        assertEquals("message/rfc822", checked.contentType());
        assertEquals("workflow.attachment.type", assertThrows(WorkflowException.class, () -> Attachments.check(
                new Upload("pagina.eml", "message/rfc822", "<html><body>hola".getBytes(StandardCharsets.UTF_8))))
                .messageKey());
        assertEquals("workflow.attachment.type", assertThrows(WorkflowException.class, () -> Attachments.check(
                new Upload("x.eml", "message/rfc822", "Sin dos puntos en la primera línea\r\n".getBytes(
                        StandardCharsets.UTF_8)))).messageKey());
    }

    @Test
    void a_scanners_json_report_is_accepted_and_html_named_json_is_not() {
        var checked = Attachments.check(new Upload("zap-report.json", "application/octet-stream",
                "\n  {\"site\": []}".getBytes(StandardCharsets.UTF_8)));
        assertEquals("application/json", checked.contentType());
        assertEquals("workflow.attachment.type", assertThrows(WorkflowException.class, () -> Attachments.check(
                new Upload("zap-report.json", "application/json", "<html><script>x</script>".getBytes(
                        StandardCharsets.UTF_8)))).messageKey());
    }
}
