package org.sigti.it.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sigti.it.AsAuditor;
import org.sigti.it.AsJefe;
import org.sigti.it.AsRole;
import org.sigti.it.AsTecnico;
import org.sigti.it.Sigti;
import org.sigti.it.Sql;
import org.sigti.mail.MailOutboxLog;
import org.sigti.mail.MailSender;
import org.sigti.mail.MailStatus;
import org.sigti.mail.OutboxRow;
import org.sigti.workflow.Actor;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.Move;
import org.sigti.workflow.NewCase;
import org.sigti.workflow.WorkCase;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The mail outbox inside the deployed EAR (a probe WAR added to it), against a real SMTP server (GreenMail, started
 * in the server's JVM on the port WildFly's mail session uses) that is first down: the mails of committed moves wait
 * in the outbox, tried and pending, a rolled-back move leaves none; once the relay is up and the Jefe's "Enviar
 * ahora" made them due, each arrives exactly once and stays sent. Only the Jefe retries a failed mail.
 */
@ExtendWith(ArquillianExtension.class)
class MailOutboxIT {

    private static final String PR01 = "UGAT/AIT-PR01";
    private static final Duration TRIED_WITHIN = Duration.ofSeconds(60);
    private static final Duration DELIVERED_WITHIN = Duration.ofSeconds(60);
    /** Far more than a move takes, far less than the mail timeouts (10 s to connect, 20 s per answer). */
    private static final Duration HOLD_UP = Duration.ofSeconds(8);

    static final Actor OPERADOR = new Actor("outbox.operador", "Otto Outbox", "outbox.operador@sigti.example",
            List.of("Operador", "Solicitante"), "AIT");

    @Inject
    CaseEngine engine;

    @EJB
    MailOutboxLog outbox;

    @EJB
    MailSender sender;

    @EJB(lookup = AsRole.JEFE)
    AsJefe asJefe;

    @EJB(lookup = AsRole.TECNICO)
    AsTecnico asTecnico;

    @EJB(lookup = AsRole.AUDITOR)
    AsAuditor asAuditor;

    @Resource
    UserTransaction tx;

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    DataSource db;

    Sql sql;
    Actor requester;

    @Deployment
    static EnterpriseArchive sigtiWithProbe() throws Exception {
        WebArchive probe = ShrinkWrap.create(WebArchive.class, "mail-outbox-probe.war")
                .addClasses(MailOutboxIT.class, Sigti.class, Sql.class)
                .addAsLibrary(new File(GreenMail.class.getProtectionDomain().getCodeSource().getLocation().toURI()))
                .addAsWebInfResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\""
                        + " bean-discovery-mode=\"all\" version=\"4.0\"/>"), "beans.xml");
        return Sigti.earWithProbe(probe);
    }

    @BeforeEach
    void aRequesterOfThisTest() {
        sql = new Sql(db);
        int n = ThreadLocalRandom.current().nextInt(100_000, 999_999);
        // an address of this test only: mails to it are this test's, whatever else the outbox holds
        requester = new Actor("outbox.solicitante" + n, "Sonia Outbox " + n, "outbox.solicitante" + n
                + "@sigti.example", List.of("Solicitante"), "RRHH");
    }

    @Test
    void mails_wait_while_the_relay_is_down_and_arrive_exactly_once_when_it_is_back() throws Exception {
        // given: no SMTP server on the mail session's port (the relay is down)
        WorkCase first = file("Outbox: primera solicitud");
        WorkCase second = file("Outbox: segunda solicitud");
        walkToStep7(second);
        long notified = sql.number("select count(*) from mail_outbox where case_id = ? and template = 'notified'",
                second.getId());
        assertEquals(0, notified, "no notification before step 7");

        // step 7 notifies the user: rolled back, the move leaves no mail
        long[] item = openItem(second.getId());
        tx.begin();
        engine.act(OPERADOR, new Move(item[0], item[1], "continuar", "revertido", Map.of(), null), null);
        tx.rollback();
        assertEquals(0, sql.number("select count(*) from mail_outbox where case_id = ? and template = 'notified'",
                second.getId()), "a rolled-back move queued a mail");
        // committed: its mail is queued
        act(OPERADOR, second.getId(), "continuar", Map.of());

        Map<Long, String> mails = new LinkedHashMap<>();
        mails.put(mailOf(first, "filed"), "Solicitud registrada");
        mails.put(mailOf(second, "filed"), "Solicitud registrada");
        mails.put(mailOf(second, "notified"), "Solución de su solicitud");
        assertEquals(3, sql.number("select count(*) from mail_outbox where recipient = ?", requester.email()),
                "one mail per committed mail-owing move, none from the rolled-back one");

        // when: the worker tried them after each commit, and failed
        for (long id : mails.keySet()) {
            await("mail " + id + " tried and pending", TRIED_WITHIN, () -> "PENDING".equals(status(id))
                    && sql.number("select attempts from mail_outbox where id = ?", id) >= 1);
            assertEquals("CONNECTION", sql.text("select last_error_kind from mail_outbox where id = ?", id));
            assertNotNull(sql.textOrNull("select next_attempt_at from mail_outbox where id = ?", id));
        }

        // then: the relay is back, the Jefe sends them now, and each arrives once
        GreenMail smtp = startSmtp();
        try {
            for (long id : mails.keySet()) {
                boolean due = asJefe.call(() -> outbox.sendNow(id));
                // the sweep may have taken it first: then it is being sent or sent
                assertTrue(due || List.of("SENDING", "SENT").contains(status(id)), () -> "mail " + id + " not due");
            }
            for (var mail : mails.entrySet()) {
                String subject = subject(mail.getKey());
                assertTrue(subject.contains(mail.getValue()), subject);
                await(subject + " delivered", DELIVERED_WITHIN, () -> received(smtp, requester.email(), subject) > 0
                        && "SENT".equals(status(mail.getKey())));
            }
            // a sweep more, and time for a second delivery to show up: none does
            sender.deliverDue(500);
            smtp.waitForIncomingEmail(3_000, smtp.getReceivedMessages().length + 1);
            for (long id : mails.keySet()) {
                String subject = subject(id);
                assertEquals(1, received(smtp, requester.email(), subject), () -> "copies of " + subject);
                assertEquals("SENT", status(id));
                assertNotNull(sql.textOrNull("select sent_at from mail_outbox where id = ?", id));
            }
            MimeMessage filed = only(smtp, requester.email(), subject(mailOf(first, "filed")));
            assertEquals(first.getNumber(), filed.getHeader("X-SIGTI-Case", null), "the case header is kept");
            assertTrue(filed.getContent().toString().contains("/sigti/case/" + first.getId()),
                    () -> "the link to the case");
        } finally {
            smtp.stop();
        }
    }

    @Test
    void a_relay_that_accepts_and_never_answers_holds_up_no_request_and_the_mail_waits_for_it() throws Exception {
        int port = Integer.parseInt(System.getenv().getOrDefault("SIGTI_SMTP_PORT", "13025"));
        List<Socket> held = new CopyOnWriteArrayList<>();
        try (ServerSocket hung = new ServerSocket(port, 50, InetAddress.getByName("127.0.0.1"))) {
            // the relay takes every connection and never says a word: no greeting, no answer
            Thread accepting = new Thread(() -> {
                try {
                    while (!hung.isClosed()) {
                        held.add(hung.accept());
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            }, "hung-relay");
            accepting.setDaemon(true);
            accepting.start();

            long started = System.nanoTime();
            WorkCase c = file("Outbox: relay que no responde");
            long mail = mailOf(c, "filed");
            Duration filing = Duration.ofNanos(System.nanoTime() - started);
            // the move and its mail commit without waiting for the relay: the mail is sent after, in the background
            assertTrue(filing.compareTo(HOLD_UP) < 0, () -> "filing waited for the relay: " + filing);
            await("the mail tried against the silent relay", TRIED_WITHIN, () -> !held.isEmpty());
            long askedAt = System.nanoTime();
            asJefe.call(() -> outbox.sendNow(mail));
            Duration asking = Duration.ofNanos(System.nanoTime() - askedAt);
            assertTrue(asking.compareTo(HOLD_UP) < 0, () -> "'Enviar ahora' waited for the relay: " + asking);
            // the sender gives up at its read timeout (20 s) and keeps the mail for a later attempt
            await("mail " + mail + " timed out and pending", TRIED_WITHIN, () -> "PENDING".equals(status(mail))
                    && "TIMEOUT".equals(sql.textOrNull("select last_error_kind from mail_outbox where id = ?", mail)));
            assertNotNull(sql.textOrNull("select next_attempt_at from mail_outbox where id = ?", mail));
        } finally {
            for (Socket s : held) {
                s.close();
            }
        }
    }

    @Test
    void only_the_jefe_retries_a_failed_mail_and_it_is_sent_once() throws Exception {
        // given: a mail given up after its attempts while the relay was down
        WorkCase c = file("Outbox: correo fallido");
        long id = mailOf(c, "filed");
        await("mail " + id + " tried and pending", TRIED_WITHIN, () -> "PENDING".equals(status(id))
                && sql.number("select attempts from mail_outbox where id = ?", id) >= 1);
        sql.update("update mail_outbox set status = 'FAILED', attempts = 12, next_attempt_at = null where id = ?", id);
        List<OutboxRow> failed = asAuditor.call(() -> outbox.page(MailStatus.FAILED, 0, 100));
        assertTrue(failed.stream().anyMatch(row -> row.id() == id), "the Auditor reads the failed mail");

        // when / then: the Técnico and the Auditor are refused, nothing changes
        assertTrue(refused(asTecnico, () -> outbox.sendNow(id)), "a Técnico retried a mail");
        assertTrue(refused(asAuditor, () -> outbox.sendNow(id)), "the Auditor retried a mail");
        assertEquals("FAILED", status(id));
        assertEquals(null, sql.textOrNull("select retried_by from mail_outbox where id = ?", id));

        // the Jefe retries it with the relay up: one more attempt, sent once, and recorded who did it
        GreenMail smtp = startSmtp();
        try {
            assertTrue(asJefe.call(() -> outbox.sendNow(id)), "the Jefe's retry");
            assertNotNull(sql.textOrNull("select retried_by from mail_outbox where id = ?", id));
            String subject = subject(id);
            await(subject + " delivered", DELIVERED_WITHIN, () -> received(smtp, requester.email(), subject) > 0
                    && "SENT".equals(status(id)));
            assertEquals(13, sql.number("select attempts from mail_outbox where id = ?", id));
            assertFalse(asJefe.call(() -> outbox.sendNow(id)), "a sent mail made due again");
            sender.deliverDue(500);
            smtp.waitForIncomingEmail(3_000, smtp.getReceivedMessages().length + 1);
            assertEquals(1, received(smtp, requester.email(), subject));
        } finally {
            smtp.stop();
        }
    }

    @Test
    void a_requester_without_an_address_gets_no_mail_in_the_outbox() throws Exception {
        requester = new Actor(requester.username(), requester.fullName(), null, List.of("Solicitante"), "RRHH");

        WorkCase c = file("Outbox: sin correo");

        assertEquals(0, sql.number("select count(*) from mail_outbox where case_id = ?", c.getId()));
    }

    // ---------------------------------------------------------------- helpers

    private WorkCase file(String title) throws Exception {
        tx.begin();
        WorkCase c = engine.start(PR01, requester, new NewCase(title, "Descripción de prueba del buzón de salida.",
                "ASISTENCIA_SOFTWARE", null, null, null, null), null);
        tx.commit();
        return c;
    }

    /** PR01 from step 2 to step 7 (the step that notifies the user), by the help desk's operator. */
    private void walkToStep7(WorkCase c) throws Exception {
        act(OPERADOR, c.getId(), "continuar", Map.of("impacto", "BAJA", "urgencia", "BAJA"));
        for (int i = 0; i < 4; i++) {
            act(OPERADOR, c.getId(), "continuar", Map.of("solucion", "Se liberó espacio en el disco C:."));
        }
        assertEquals("7", sql.textOrNull("select step_code from work_item where case_id = ? and status = 'OPEN'",
                c.getId()));
    }

    private long[] openItem(long caseId) throws Exception {
        return sql.numbers("select id, version from work_item where case_id = ? and status = 'OPEN' order by id",
                caseId);
    }

    private void act(Actor actor, long caseId, String outcome, Map<String, String> fields) throws Exception {
        long[] item = openItem(caseId);
        tx.begin();
        try {
            engine.act(actor, new Move(item[0], item[1], outcome, null, fields, null), null);
            tx.commit();
        } catch (RuntimeException e) {
            tx.rollback();
            throw e;
        }
    }

    /** The id of the one mail of a template the case queued. */
    private long mailOf(WorkCase c, String template) throws Exception {
        return sql.number("select id from mail_outbox where case_id = ? and template = ?", c.getId(), template);
    }

    private String status(long id) throws Exception {
        return sql.text("select status from mail_outbox where id = ?", id);
    }

    private String subject(long id) throws Exception {
        return sql.text("select subject from mail_outbox where id = ?", id);
    }

    private static GreenMail startSmtp() {
        GreenMail smtp = new GreenMail(new ServerSetup(Integer.parseInt(System.getenv().getOrDefault(
                "SIGTI_SMTP_PORT", "13025")), "127.0.0.1", "smtp"));
        smtp.start();
        return smtp;
    }

    /** How many mails to {@code to} with exactly this subject the server received. */
    private static long received(GreenMail smtp, String to, String subject) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> to.equals(recipient(m))
                && subject.equals(subjectOf(m))).count();
    }

    private static MimeMessage only(GreenMail smtp, String to, String subject) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> to.equals(recipient(m))
                && subject.equals(subjectOf(m))).findFirst().orElseThrow();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0] instanceof InternetAddress address ? address.getAddress() : null;
        } catch (MessagingException e) {
            return null;
        }
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            return null;
        }
    }

    /** Whether the role's call was refused by the container (an EJBAccessException anywhere in the causes). */
    private static boolean refused(AsRole caller, Callable<?> call) {
        try {
            caller.call(call);
            return false;
        } catch (Exception e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof EJBAccessException) {
                    return true;
                }
            }
            throw new AssertionError("refused, but not by the role check", e);
        }
    }

    @FunctionalInterface
    private interface Check {
        boolean holds() throws Exception;
    }

    /** Polls until the check holds; fails after {@code timeout}. */
    private static void await(String what, Duration timeout, Check check) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (!check.holds()) {
            if (Instant.now().isAfter(deadline)) {
                fail(what + ": not within " + timeout.toSeconds() + " s");
            }
            Thread.sleep(200);
        }
    }
}
