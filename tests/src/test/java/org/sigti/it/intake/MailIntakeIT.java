package org.sigti.it.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Supplier;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sigti.it.Sigti;
import org.sigti.it.procedures.Desk;
import org.sigti.it.procedures.Mailbox;
import org.sigti.it.procedures.Walk;

/**
 * Cases from e-mail (issue 16) on the real server: the test WildFly reads the mailbox "mesa" (tests/pom.xml:
 * SIGTI_INTAKE_MESA_*, IMAP on 13143, every 2 s, mails up to 64 KiB), bound to UGAT/AIT-PR01; the mailbox is a real
 * IMAP server (GreenMail) that this class starts after checking that SIGTI reports it unreachable. SIGTI's own mails
 * reach the SMTP server of {@link Walk}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MailIntakeIT extends Walk {

    private static final String MESA = "mesa@sigti.example";
    private static final long WAIT_MILLIS = 30_000;
    private static GreenMail imap;
    private static GreenMailUser mesa;
    private static GreenMailUser alerta;

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return sharedEar();
    }

    @AfterAll
    static void stopImap() {
        if (imap != null) {
            imap.stop();
        }
    }

    @Test
    @Order(1)
    void an_unreachable_mailbox_is_on_the_readiness_details_without_taking_sigti_down_and_then_answers() {
        String down = await(() -> ready(), body -> body.contains("{\"name\":\"mesa\",\"status\":\"DOWN\"}"),
                "the mailbox reported DOWN");
        assertTrue(down.startsWith("{\"status\":\"UP\""), down);
        mailbox();
        await(() -> ready(), body -> body.contains("{\"name\":\"mesa\",\"status\":\"UP\"}"), "the mailbox UP");
    }

    @Test
    @Order(2)
    void a_mail_from_a_person_sigti_knows_opens_a_case_as_them_with_the_mail_attached_and_they_are_told() {
        knownInServer(SOLICITANTE);
        String id = deliver(SOLICITANTE.email(), SOLICITANTE.name(), "Sin red en la oficina 402 " + nonce(),
                "Desde las 9:00 no hay red en la oficina 402.", null);
        String number = openedBy(id);
        String[] c = kase(number);
        // filed as the person (their profile's name, which the walk driver's set-up writes), mails to their address
        assertTrue(c[0].startsWith("solicitante|") && c[0].endsWith("|solicitante@sigti.example|EMAIL|UGAT/AIT-PR01"
                + "|OPEN;"), c[0]);
        assertTrue(c[1].matches("Sin red en la oficina 402 \\w+\\.eml message/rfc822;"), c[1]);
        assertTrue(c[2].startsWith("START;COMPLETE;") && c[2].contains("ATTACH;"), c[2]);
        mailbox.await(number, SOLICITANTE.email(), "Solicitud registrada", "Sin red en la oficina 402");
    }

    @Test
    @Order(3)
    void an_external_reporter_is_the_contact_and_their_reply_with_the_case_number_lands_on_that_case() {
        String subject = "Factura del servicio de enlace " + nonce();
        String number = openedBy(deliver("pedro@proveedor.example", "Pedro Quiroga", subject,
                "Adjunto la factura de noviembre.", null));
        String[] c = kase(number);
        assertEquals("correo.mesa|Pedro Quiroga|pedro@proveedor.example|EMAIL|UGAT/AIT-PR01|OPEN;", c[0]);

        String reply = deliver("pedro@proveedor.example", "Pedro Quiroga", "RE: [" + number + "] Solicitud"
                + " registrada: " + subject, "La factura corregida va adjunta.", null);
        assertEquals("ADDED|" + number + "|añadido a " + number + ";", awaitRecorded(reply));
        String trail = kase(number)[2];
        assertTrue(trail.endsWith("MAIL_IN;ATTACH;"), trail);

        // the same subject from someone else is not theirs to add to: a case of its own
        String stranger = deliver("otra.persona@proveedor.example", null, "RE: [" + number + "] " + subject,
                "Yo también.", null);
        String other = openedBy(stranger);
        assertTrue(!other.equals(number), other);
    }

    @Test
    @Order(4)
    void the_requesters_reply_answers_the_observation_they_were_asked() {
        knownInServer(SOLICITANTE);
        String number = openedBy(deliver(SOLICITANTE.email(), SOLICITANTE.name(), "La impresora atasca papel "
                + nonce(), "La impresora del pasillo atasca cada hoja.", null));
        long caseId = Long.parseLong(fixture("/intake-case-id", "number", number).strip());
        assertEquals("ok", fixture("/intake-observe", "case", String.valueOf(caseId)));
        String reply = deliver(SOLICITANTE.email(), SOLICITANTE.name(), "RE: [" + number + "] Necesitamos"
                + " información sobre su solicitud", "Es la impresora PR-0042.", null);
        assertEquals("ADDED|" + number + "|añadido a " + number + ";", awaitRecorded(reply));
        String trail = kase(number)[2];
        assertTrue(trail.contains("OBSERVE;ANSWER;ATTACH;"), trail);
    }

    @Test
    @Order(5)
    void auto_replies_loops_and_a_mail_delivered_twice_create_nothing() {
        String auto = deliver("ana@example.gob", null, "Fuera de la oficina " + nonce(), "Vuelvo el lunes.",
                "Auto-Submitted: auto-replied");
        assertTrue(awaitRecorded(auto).startsWith("IGNORED|-|enviado por una máquina: Auto-Submitted: auto-replied"),
                auto);
        String loop = deliver(MESA, null, "Copia de un aviso " + nonce(), "x", null);
        assertTrue(awaitRecorded(loop).startsWith("IGNORED|-|enviado desde una dirección de SIGTI"), loop);

        String once = deliver("ana@example.gob", "Ana Quispe", "Clave bloqueada " + nonce(), "No puedo entrar.", null);
        String first = awaitRecorded(once);
        deliverAgain(once, "ana@example.gob", "Clave bloqueada otra vez");
        // a later mail proves the poll that read the copy is over
        awaitRecorded(deliver("ana@example.gob", null, "Marcador " + nonce(), "x", "Precedence: bulk"));
        assertEquals(first, fixture("/intake-message", "id", once), "the copy was dropped");
    }

    @Test
    @Order(6)
    void a_mail_larger_than_the_mailbox_takes_is_refused_and_its_sender_told() {
        String big = deliver("ana@example.gob", "Ana Quispe", "Fotos del equipo " + nonce(), "x".repeat(100_000),
                null);
        assertTrue(awaitRecorded(big).startsWith("REFUSED|-|demasiado grande"), big);
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        List<Mailbox.Mail> told;
        do {
            told = mailbox.all().stream().filter(m -> m.to().equals("ana@example.gob")
                    && m.subject().equals("Su correo no fue registrado: supera el tamaño permitido")).toList();
        } while (told.isEmpty() && System.currentTimeMillis() < deadline && pause());
        assertEquals(1, told.size(), () -> "mails received: " + mailbox.all());
        assertTrue(told.get(0).body().contains("hasta 64 KiB"), told.get(0).body());
    }

    @Test
    @Order(7)
    void a_suspicious_mail_forwarded_as_attachment_opens_a_case_headed_by_its_sender_ips_and_urls() throws Exception {
        String original = "Received: from mx.falso.example (mx.falso.example [203.0.113.45]) by correo.example.gob;"
                + " Mon, 7 Dec 2026 08:00:00 -0500\r\nFrom: Soporte <soporte@banco-seguro.example>\r\nSubject: Su"
                + " cuenta será suspendida\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nValide su cuenta en"
                + " http://banco-seguro.example/login hoy.\r\n";
        MimeMessage forward = forward(MESA, "RV: Su cuenta será suspendida " + nonce(), "¿Es real este correo?",
                original);
        String id = forward.getMessageID();
        mailbox().deliver(forward);
        String description = kase(openedBy(id))[3];
        assertTrue(description.startsWith("Análisis del correo reenviado (SIGTI):\n- Remitente original:"
                + " soporte@banco-seguro.example\n- IP de los encabezados Received: 203.0.113.45\n- URL:"
                + " http://banco-seguro.example/login\n- Adjuntos: ninguno\n\n¿Es real este correo?"), description);
    }

    @Test
    @Order(8)
    void a_phishing_mail_forwarded_to_the_alert_mailbox_opens_s04040002_with_its_analysis_in_the_case_fields()
            throws Exception {
        String original = "Received: from mx.banco-falso.example (mx.banco-falso.example [198.51.100.23]) by"
                + " correo.example.gob; Mon, 7 Dec 2026 08:00:00 -0500\r\nReceived: from [203.0.113.77] by"
                + " mx.banco-falso.example; Mon, 7 Dec 2026 07:59:58 -0500\r\nFrom: Banco <avisos@banco-falso.example>"
                + "\r\nSubject: Actualice su clave\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nIngrese en"
                + " https://banco-falso.example/clave y en http://acortado.example/x1 hoy.\r\n";
        MimeMessage forward = forward("alerta@sigti.example", "RV: Actualice su clave " + nonce(),
                "Me llegó este correo, ¿es phishing?", original);
        String id = forward.getMessageID();
        mailbox();
        alerta.deliver(forward);

        String number = openedBy(id);
        String[] c = kase(number);
        assertEquals("correo.alerta|Ana Quispe|ana@example.gob|EMAIL|S04.04.00.02|OPEN;", c[0]);
        // the analysis fills the procedure's fields, recorded at its start step by the mailbox
        assertEquals("enlaces=https://banco-falso.example/clave\nhttp://acortado.example/x1|1|correo.alerta;"
                + "ips_encabezados=198.51.100.23\n203.0.113.77|1|correo.alerta;"
                + "remitente=avisos@banco-falso.example|1|correo.alerta;",
                fixture("/intake-fields", "number", number), "no attachments: nothing recorded for them");
        // and the case waits for the help desk's step 2, whose form shows the sender found
        assertTrue(c[2].startsWith("START;COMPLETE;"), c[2]);
        desk("operador.mesa").openFromInbox(number, "2");
        assertEquals("avisos@banco-falso.example", desk("operador.mesa").value("2", "remitente"));
        desk("operador.mesa").act("2", "continuar", "usuario_reporta", "ana", "unidad_organizacion", "DGA",
                "tipo_correo", "PHISHING");
        // the analyst's step 5 starts from the analysis, and completing it untouched records it as theirs
        Desk ciber = desk("tecnico.ciber").openFromInbox(number, "3")
                .act("3", "continuar", "impacto", "1", "usuarios_involucrados", "ana@example.gob")
                .act("4", "continuar");
        assertEquals(List.of("avisos@banco-falso.example", "198.51.100.23\n203.0.113.77",
                "https://banco-falso.example/clave\nhttp://acortado.example/x1", ""), List.of(ciber.value("5",
                        "remitente"), ciber.value("5", "ips_encabezados"), ciber.value("5", "enlaces"),
                ciber.value("5", "adjuntos")));
        ciber.act("5", "phishing");
        // (a browser posts a text area's lines with CRLF)
        String recorded = fixture("/intake-fields", "number", number).replace("\r\n", "\n");
        assertTrue(recorded.contains("ips_encabezados=198.51.100.23\n203.0.113.77|5|tecnico.ciber;")
                && recorded.contains("remitente=avisos@banco-falso.example|5|tecnico.ciber;"), recorded);
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** Ana's forward "as attachment" of the original mail (its raw text) to a mailbox, with her note. */
    private static MimeMessage forward(String to, String subject, String text, String original) throws Exception {
        MimeMessage forward = new MimeMessage(Session.getInstance(new Properties()));
        forward.setFrom(new InternetAddress("ana@example.gob", "Ana Quispe", "UTF-8"));
        forward.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        forward.setSubject(subject, "UTF-8");
        MimeBodyPart note = new MimeBodyPart();
        note.setText(text, "UTF-8");
        MimeBodyPart attached = new MimeBodyPart();
        attached.setContent(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(
                original.getBytes(StandardCharsets.UTF_8))), "message/rfc822");
        attached.setFileName("original.eml");
        forward.setContent(new MimeMultipart(note, attached));
        forward.saveChanges();
        return forward;
    }

    /** The IMAP server of the mailbox, started at the first need. */
    private static GreenMailUser mailbox() {
        if (imap == null) {
            imap = new GreenMail(new ServerSetup(13143, "127.0.0.1", "imap"));
            imap.start();
            mesa = imap.setUser(MESA, "mesa", "intake-test");
            alerta = imap.setUser("alerta@sigti.example", "alerta", "intake-test");
        }
        return mesa;
    }

    /** Puts a mail into the mailbox; answers its Message-ID. */
    private static String deliver(String from, String name, String subject, String text, String header) {
        String id = "<" + UUID.randomUUID() + "@example.gob>";
        deliverWith(id, from, name, subject, text, header);
        return id;
    }

    private static void deliverAgain(String id, String from, String subject) {
        deliverWith(id, from, null, subject, "copia", null);
    }

    private static void deliverWith(String id, String from, String name, String subject, String text,
            String header) {
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties())) {
                @Override
                protected void updateMessageID() throws jakarta.mail.MessagingException {
                    setHeader("Message-ID", id);
                }
            };
            message.setFrom(new InternetAddress(from, name, "UTF-8"));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(MESA));
            message.setSubject(subject, "UTF-8");
            message.setText(text, "UTF-8");
            if (header != null) {
                message.setHeader(header.substring(0, header.indexOf(':')), header.substring(header.indexOf(':')
                        + 1).strip());
            }
            message.saveChanges();
            mailbox().deliver(message);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The case the mail opened, once SIGTI read it. */
    private static String openedBy(String messageId) {
        String row = awaitRecorded(messageId);
        assertTrue(row.startsWith("OPENED|"), row);
        return row.split("\\|")[1];
    }

    /** What SIGTI recorded of the mail, once it did. */
    private static String awaitRecorded(String messageId) {
        return await(() -> fixture("/intake-message", "id", messageId), row -> !row.isEmpty(),
                "SIGTI reading the mail " + messageId);
    }

    private static String[] kase(String number) {
        return fixture("/intake-case", "number", number).split("#", -1);
    }

    private static String ready() {
        try {
            return Sigti.get(Sigti.BASE_URL + "/health/ready").body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String await(Supplier<String> read, java.util.function.Predicate<String> done, String what) {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        String last;
        do {
            last = read.get();
            if (done.test(last)) {
                return last;
            }
        } while (System.currentTimeMillis() < deadline && pause());
        throw new AssertionError("waited " + WAIT_MILLIS / 1000 + " s for " + what + "; last: " + last);
    }

    private static boolean pause() {
        try {
            Thread.sleep(250);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String nonce() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
