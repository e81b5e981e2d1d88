package org.sigti.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class InboundMailTest {

    private static InboundMail read(String raw) throws Exception {
        return InboundMail.read(raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_persons_mail_gives_its_sender_subject_text_and_no_case() throws Exception {
        InboundMail mail = read("""
                From: "Ana Quispe" <Ana.Quispe@Example.gob>
                To: mesa@sigti.example
                Subject: =?UTF-8?Q?La_impresora_no_imprime?=
                Message-ID: <a1@example.gob>
                Content-Type: text/plain; charset=UTF-8

                Desde ayer la impresora del piso 2 no imprime.
                """);
        assertEquals("<a1@example.gob>", mail.messageId());
        assertEquals("ana.quispe@example.gob", mail.sender());
        assertEquals("Ana Quispe", mail.senderName());
        assertEquals("La impresora no imprime", mail.subject());
        assertEquals("Desde ayer la impresora del piso 2 no imprime.", mail.text());
        assertNull(mail.caseNumber());
        assertNull(mail.automatic());
    }

    @Test
    void a_reply_names_its_case_and_loses_its_prefixes() throws Exception {
        InboundMail mail = read("""
                From: ana@example.gob
                Subject: RE: Re: [SOL-2026-000123] Necesitamos información sobre su solicitud
                Message-ID: <a2@example.gob>

                Es el equipo PC-0042.
                """);
        assertEquals("SOL-2026-000123", mail.caseNumber());
        assertEquals("[SOL-2026-000123] Necesitamos información sobre su solicitud", mail.subject());
    }

    @Test
    void auto_replies_lists_bounces_and_sigtis_own_mails_are_a_machines() throws Exception {
        String body = "From: x@example.gob\nSubject: Fuera de oficina\nMessage-ID: <a3@example.gob>\n";
        assertEquals("Auto-Submitted: auto-replied", read(body + "Auto-Submitted: auto-replied\n\nNo estoy.\n")
                .automatic());
        assertNull(read(body + "Auto-Submitted: no\n\nHola.\n").automatic());
        assertEquals("Precedence: bulk", read(body + "Precedence: bulk\n\nBoletín.\n").automatic());
        assertEquals("X-Autoreply: yes", read(body + "X-Autoreply: yes\n\nNo estoy.\n").automatic());
        assertEquals("List-Id: <avisos.example.gob>", read(body + "List-Id: <avisos.example.gob>\n\nAviso.\n")
                .automatic());
        assertEquals("X-SIGTI-Case: SOL-2026-000001", read(body + "X-SIGTI-Case: SOL-2026-000001\n\nx\n")
                .automatic());
        assertEquals("Return-Path: <>", read("Return-Path: <>\n" + body + "\nRebote.\n").automatic());
    }

    @Test
    void a_mail_without_message_id_is_known_by_its_hash() throws Exception {
        InboundMail once = read("From: x@example.gob\nSubject: Sin identificador\n\nTexto.\n");
        InboundMail again = read("From: x@example.gob\nSubject: Sin identificador\n\nTexto.\n");
        assertTrue(once.messageId().startsWith("sha256:"), once.messageId());
        assertEquals(once.messageId(), again.messageId());
    }

    @Test
    void an_html_only_mail_gives_its_words_without_markup_or_scripts() throws Exception {
        InboundMail mail = read("""
                From: x@example.gob
                Subject: Correo en HTML
                Message-ID: <a4@example.gob>
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="b1"

                --b1
                Content-Type: text/html; charset=UTF-8

                <html><head><style>p{}</style></head><body><p>No tengo &lt;acceso&gt;</p><script>alert(1)</script>\
                <div>al sistema &amp; correo</div></body></html>
                --b1
                Content-Type: text/plain; name="adjunto.txt"
                Content-Disposition: attachment; filename="adjunto.txt"

                texto del adjunto, no del correo
                --b1--
                """);
        assertEquals("No tengo <acceso>\nal sistema & correo", mail.text());
    }
}
