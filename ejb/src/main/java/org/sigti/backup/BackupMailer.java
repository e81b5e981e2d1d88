package org.sigti.backup;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends the backup mails from Spanish templates (org/sigti/backup/mail.properties) after the transaction that
 * recorded them commits, never when it rolls back. A mail server that is down loses the mail (logged), not the
 * record: the task keeps its escalation time and the calendar shows it.
 */
@ApplicationScoped
public class BackupMailer {

    private static final Logger LOG = Logger.getLogger(BackupMailer.class.getName());
    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Resource(lookup = "java:jboss/mail/Default")
    Session session;

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) BackupNotice notice) {
        if (notice.recipient() == null || notice.recipient().isBlank()) {
            LOG.info(() -> "SIGTI: no e-mail address for the owner of backup schedule " + notice.scheduleName()
                    + "; " + notice.template() + " mail not sent");
            return;
        }
        try {
            MimeMessage message = new MimeMessage(session);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(notice.recipient(),
                    notice.recipientName(), "UTF-8"));
            message.setSubject(render(notice.template() + ".subject", notice), "UTF-8");
            message.setText(render(notice.template() + ".body", notice), "UTF-8");
            if (notice.caseNumber() != null && !notice.caseNumber().isEmpty()) {
                message.setHeader("X-SIGTI-Case", notice.caseNumber());
            }
            Transport.send(message);
        } catch (MessagingException | java.io.UnsupportedEncodingException e) {
            LOG.log(Level.FINE, "mail failure", e);
            LOG.warning("SIGTI: the " + notice.template() + " mail of backup schedule " + notice.scheduleName()
                    + " to " + notice.recipient() + " was not sent: " + e.getMessage());
        }
    }

    /** The text of a template for a notice; package-visible for tests. */
    static String render(String key, BackupNotice n) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.sigti.backup.mail", SPANISH,
                BackupMailer.class.getClassLoader());
        String link = System.getProperty("sigti.base-url", "http://localhost:8080/sigti")
                + (n.caseId() == null ? "/backup/schedules.xhtml" : "/case/" + n.caseId());
        return new MessageFormat(bundle.getString(key), SPANISH).format(new Object[] {n.recipientName(),
            n.scheduleName(), n.caseNumber(), n.plannedAt(), String.valueOf(n.overdueHours()), n.tecnico(), link,
            System.getProperty("sigti.institution", "SIGTI")});
    }
}
