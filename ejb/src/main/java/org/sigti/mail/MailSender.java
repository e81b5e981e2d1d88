package org.sigti.mail;

import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * The outbox's worker: claims a mail ({@link MailLedger#claim}, committed), sends it through WildFly's mail session
 * with timeouts ({@link SmtpSessions}), and records the outcome (committed). It talks to the mail server outside any
 * transaction, and never on a user's request thread: moves reach it through {@link #deliverSoon} (asynchronous), the
 * sweep through {@link #deliverDue}. The mail is the one its owner rendered: recipient, Spanish subject and text in
 * UTF-8, the X-SIGTI-Case header when it is about a case.
 */
@Stateless
@PermitAll // the worker: nudged after the commit of anyone's move, or by the sweep's timer (no caller)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    @Resource(lookup = "java:jboss/mail/Default")
    Session container;

    @EJB
    MailLedger ledger;

    @Inject
    SendSlots slots;

    /**
     * Sends one mail in the background, if it is still pending and due and no one else claims it first; when the
     * server's nudged sends are all under way ({@link SendSlots}), leaves it to the sweep.
     */
    @Asynchronous
    public void deliverSoon(long id) {
        if (!slots.tryTake()) {
            return;
        }
        try {
            deliver(id);
        } finally {
            slots.give();
        }
    }

    /**
     * Sends the mails due now, oldest first, at most {@code max}; returns how many went out. Stops at the first
     * failure to reach the server (refused, unknown, timed out): the others would wait for the same timeouts, and
     * stay due for the next sweep.
     */
    public int deliverDue(int max) {
        List<Long> due = ledger.due(now(), max);
        int sent = 0;
        for (long id : due) {
            Outcome outcome = deliver(id);
            if (outcome == Outcome.SENT) {
                sent++;
            } else if (outcome == Outcome.UNREACHABLE) {
                break;
            }
        }
        return sent;
    }

    private enum Outcome { SENT, FAILED, UNREACHABLE, NOT_CLAIMED }

    private Outcome deliver(long id) {
        Optional<ClaimedMail> claimed = ledger.claim(id, now());
        if (claimed.isEmpty()) {
            return Outcome.NOT_CLAIMED; // sent, not due, or another worker has it
        }
        ClaimedMail mail = claimed.get();
        try {
            send(mail);
        } catch (MessagingException | UnsupportedEncodingException | RuntimeException e) {
            MailErrorKind kind = MailErrors.kind(e);
            String error = MailErrors.describe(e);
            Retry retry = ledger.failed(mail, kind, error, now());
            LOG.log(Level.FINE, "mail failure", e);
            LOG.warning(() -> "SIGTI: the " + mail.template() + " mail of " + mail.source() + " to "
                    + mail.recipient() + " was not sent (attempt " + mail.attempts() + " of "
                    + Backoff.MAX_ATTEMPTS + "): " + error + (retry.status() == MailStatus.FAILED
                            ? "; given up: the Jefe can retry it on Correos salientes"
                            : "; next attempt at " + retry.nextAttemptAt())
                    + " (check SIGTI_SMTP_HOST / SIGTI_SMTP_PORT)");
            return kind == MailErrorKind.CONNECTION || kind == MailErrorKind.TIMEOUT ? Outcome.UNREACHABLE
                    : Outcome.FAILED;
        }
        ledger.sent(mail, now());
        return Outcome.SENT;
    }

    private void send(ClaimedMail mail) throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = new MimeMessage(SmtpSessions.derive(container));
        if (mail.from() != null) {
            message.setFrom(new InternetAddress(mail.from())); // an alert address instead of the session's From
        }
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient(), mail.recipientName(),
                "UTF-8"));
        if (mail.cc() != null && !mail.cc().isBlank()) {
            message.setRecipients(Message.RecipientType.CC, InternetAddress.parse(mail.cc()));
        }
        message.setSubject(mail.subject(), "UTF-8");
        message.setText(mail.body(), "UTF-8");
        if (mail.caseHeader() != null) {
            message.setHeader("X-SIGTI-Case", mail.caseHeader());
        }
        // RFC 3834: a machine's mail, which auto-responders (and SIGTI's own intake) never answer: no mail loops
        message.setHeader("Auto-Submitted", "auto-generated");
        Transport.send(message);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
