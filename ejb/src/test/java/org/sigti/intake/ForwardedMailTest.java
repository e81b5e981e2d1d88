package org.sigti.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class ForwardedMailTest {

    private static InboundMail read(String raw) throws Exception {
        return InboundMail.read(raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_phishing_mail_forwarded_as_attachment_gives_its_sender_ips_urls_and_attachments() throws Exception {
        ForwardedMail found = read("""
                From: ana@mindef.example
                To: alerta@mindef.example
                Subject: RV: Su cuenta será suspendida
                Message-ID: <f1@mindef.example>
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="out"

                --out
                Content-Type: text/plain; charset=UTF-8

                Me llegó esto, ¿es real?
                --out
                Content-Type: message/rfc822
                Content-Disposition: attachment; filename="original.eml"

                Received: from mx.falso.example (mx.falso.example [203.0.113.45])
                    by correo.mindef.example with ESMTP id 123; Mon, 7 Dec 2026 08:00:00 -0500
                Received: from [IPv6:2001:db8::17] by mx.falso.example; Mon, 7 Dec 2026 07:59:58 -0500
                From: "Soporte" <Soporte@Banco-Seguro.example>
                Subject: Su cuenta será suspendida
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="in"

                --in
                Content-Type: text/html; charset=UTF-8

                <p>Valide su cuenta en <a href="http://banco-seguro.example/login?u=1&amp;t=2">este enlace</a>.</p>
                --in
                Content-Type: application/octet-stream; name="factura.pdf.exe"
                Content-Disposition: attachment; filename="factura.pdf.exe"
                Content-Transfer-Encoding: base64

                TVqQAAMAAAAEAAAA
                --in--
                --out--
                """).forwarded();
        assertEquals("soporte@banco-seguro.example", found.originalSender());
        assertEquals(List.of("2001:db8::17", "203.0.113.45"), found.receivedIps().stream().sorted().toList());
        assertEquals(List.of("http://banco-seguro.example/login?u=1&t=2"), found.urls());
        assertEquals(1, found.attachments().size());
        assertTrue(found.attachments().get(0).matches("factura\\.pdf\\.exe \\(SHA-256 [0-9a-f]{64}\\)"),
                found.attachments().get(0));
        assertTrue(found.summary().contains("- Remitente original: soporte@banco-seguro.example"), found.summary());
    }

    @Test
    void a_forward_quoted_in_the_text_gives_its_sender_and_urls() throws Exception {
        ForwardedMail found = read("""
                From: ana@mindef.example
                Subject: Fwd: Premio
                Message-ID: <f2@mindef.example>
                Content-Type: text/plain; charset=UTF-8

                Revisen esto.

                ---------- Forwarded message ---------
                De: Lotería Nacional <premios@loteria-falsa.example>
                Date: lun, 7 dic 2026
                Subject: Premio

                Cobre su premio en https://loteria-falsa.example/cobrar.
                """).forwarded();
        assertEquals("premios@loteria-falsa.example", found.originalSender());
        assertEquals(List.of("https://loteria-falsa.example/cobrar"), found.urls());
        assertEquals(List.of(), found.receivedIps());
    }

    @Test
    void a_mail_that_forwards_nothing_gives_nothing() throws Exception {
        assertTrue(read("From: a@b.example\nSubject: Hola\nMessage-ID: <f3@b.example>\n\nVer https://sigti.example\n")
                .forwarded().isEmpty());
    }
}
