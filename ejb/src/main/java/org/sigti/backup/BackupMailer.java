package org.sigti.backup;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.sigti.mail.MailDraft;
import org.sigti.mail.MailOutbox;
import org.sigti.mail.OutboxMail;

/**
 * Renders the backup mails from Spanish templates (org/sigti/backup/mail.properties) and queues them in the kernel's
 * outbox inside the transaction that recorded them: a rollback leaves no mail, a commit has it sent by the outbox's
 * worker, and retried while the mail server is down. A mail about a run's case carries its number (X-SIGTI-Case).
 */
@ApplicationScoped
public class BackupMailer {

    private static final Logger LOG = Logger.getLogger(BackupMailer.class.getName());
    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Inject
    MailOutbox outbox;

    void queue(@Observes BackupNotice notice) {
        if (notice.recipient() == null || notice.recipient().isBlank()) {
            LOG.info(() -> "SIGTI: no e-mail address for the owner of backup schedule " + notice.scheduleName()
                    + "; " + notice.template() + " mail not sent");
            return;
        }
        boolean aboutCase = notice.caseId() != null && notice.caseNumber() != null && !notice.caseNumber().isEmpty();
        outbox.queue(new MailDraft(aboutCase ? notice.caseNumber() : OutboxMail.SOURCE_BACKUP,
                aboutCase ? notice.caseId() : null, notice.template(), notice.recipient(), notice.recipientName(),
                render(notice.template() + ".subject", notice), render(notice.template() + ".body", notice)));
    }

    /** The text of a template for a notice; package-visible for tests. */
    static String render(String key, BackupNotice n) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.sigti.backup.mail", SPANISH,
                BackupMailer.class.getClassLoader());
        String link = System.getProperty("sigti.base-url", "http://localhost:8080/sigti")
                + (n.caseId() == null ? "/backup/schedules.xhtml" : "/case/" + n.caseId());
        return new MessageFormat(bundle.getString(key), SPANISH).format(new Object[] {n.recipientName(),
            n.scheduleName(), n.caseNumber(), n.plannedAt(), String.valueOf(n.overdueHours()), n.tecnico(), link,
            n.institution() == null ? "SIGTI" : n.institution()});
    }
}
