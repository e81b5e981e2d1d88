package org.sigti.it.procedures;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server (GreenMail) in the test JVM, on the port the test WildFly sends to (tests/pom.xml sets
 * SIGTI_SMTP_PORT for it), and the mails it received, read the way a person reads them: to whom, subject, text.
 */
public final class Mailbox implements AutoCloseable {

    /**
     * One mail as received; {@code messageId} tells two sendings of one mail apart (each has its own); {@code from}
     * is its From address.
     */
    public record Mail(String caseNumber, String to, String subject, String body, String cc, String messageId,
            String from) {
    }

    /**
     * SIGTI's outbox sends a moment after the move commits, off the request thread: the mail may reach the server a
     * moment after the page answers, after mails of other cases the outbox kept while no server listened. A move that
     * queues more mails than the outbox's senders take at once leaves the rest to its sweep, up to 30 s later, and
     * which of a move's mails go first is not fixed: every wait covers a sweep. A found mail returns at once.
     */
    private static final long WAIT_MILLIS = 45_000;

    private final GreenMail server;

    private Mailbox(GreenMail server) {
        this.server = server;
    }

    public static Mailbox start() {
        GreenMail server = new GreenMail(new ServerSetup(Integer.getInteger("sigti.test.smtp-port", 13025),
                "127.0.0.1", "smtp"));
        server.start();
        return new Mailbox(server);
    }

    /**
     * Waits for the mail of a case to a recipient whose subject and text contain the given parts, and returns it;
     * fails listing the case's mails when none arrives in time.
     */
    public Mail await(String caseNumber, String to, String subjectPart, String bodyPart) {
        return await(caseNumber, to, subjectPart, bodyPart, WAIT_MILLIS);
    }

    /**
     * Like {@link #await(String, String, String, String)}, waiting up to {@code waitMillis}: a move that queues more
     * mails than the outbox sends at once (three) leaves the rest to its sweep, up to 30 s later.
     */
    public Mail await(String caseNumber, String to, String subjectPart, String bodyPart, long waitMillis) {
        long deadline = System.currentTimeMillis() + waitMillis;
        while (true) {
            List<Mail> mails = of(caseNumber);
            for (Mail mail : mails) {
                if (mail.to().equals(to) && mail.subject().contains(subjectPart) && mail.body().contains(bodyPart)) {
                    return mail;
                }
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("no mail of " + caseNumber + " to " + to + " with \"" + subjectPart
                        + "\" in the subject and \"" + bodyPart + "\" in the text; received: " + mails);
            }
            server.waitForIncomingEmail(250, server.getReceivedMessages().length + 1);
        }
    }

    /** The mails received so far about a case (header X-SIGTI-Case), oldest first. */
    public List<Mail> of(String caseNumber) {
        return all().stream().filter(mail -> caseNumber.equals(mail.caseNumber())).toList();
    }

    /**
     * Every mail received so far, oldest first; a mail to several recipients once per recipient (same
     * {@link Mail#messageId}).
     */
    public List<Mail> all() {
        return Arrays.stream(server.getReceivedMessages()).map(Mailbox::read).toList();
    }

    private static Mail read(MimeMessage message) {
        try {
            String to = Arrays.stream(message.getRecipients(MimeMessage.RecipientType.TO))
                    .map(Mailbox::address).collect(Collectors.joining(","));
            Object content = message.getContent();
            Address[] copies = message.getRecipients(MimeMessage.RecipientType.CC);
            String cc = copies == null ? "" : Arrays.stream(copies).map(Mailbox::address)
                    .collect(Collectors.joining(","));
            return new Mail(message.getHeader("X-SIGTI-Case", null), to, message.getSubject(),
                    content instanceof String text ? text : String.valueOf(content), cc, message.getMessageID(),
                    message.getFrom() == null ? "" : address(message.getFrom()[0]));
        } catch (MessagingException | IOException e) {
            throw new AssertionError("unreadable mail", e);
        }
    }

    private static String address(Address address) {
        return address instanceof InternetAddress internet ? internet.getAddress() : address.toString();
    }

    @Override
    public void close() {
        server.stop();
    }
}
