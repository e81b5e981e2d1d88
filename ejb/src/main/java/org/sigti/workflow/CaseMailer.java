package org.sigti.workflow;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.sigti.mail.MailDraft;
import org.sigti.mail.MailOutbox;

/**
 * Renders the requester's mails from Spanish templates and queues them in the kernel's outbox inside the transaction
 * of the move that owes them (a plain observer runs in it): a move that rolls back leaves no mail, one that commits
 * has its mail sent right after by the outbox's worker, and retried while the mail server is down. The X-SIGTI-Case
 * header is the case number.
 */
@ApplicationScoped
public class CaseMailer {

    private static final Logger LOG = Logger.getLogger(CaseMailer.class.getName());
    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Inject
    MailOutbox outbox;

    void queue(@Observes CaseNotice notice) {
        if (notice.recipient() == null || notice.recipient().isBlank()) {
            LOG.info(() -> "SIGTI: no e-mail address for the requester of " + notice.caseNumber() + "; "
                    + notice.template() + " mail not sent");
            return;
        }
        outbox.queue(new MailDraft(notice.caseNumber(), notice.caseId(), notice.template(), notice.recipient(),
                notice.recipientName(), render(notice.template() + ".subject", notice),
                render(notice.template() + ".body", notice)));
    }

    /** The text of a template for a notice; package-visible for tests. */
    static String render(String key, CaseNotice n) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.sigti.workflow.mail", SPANISH,
                CaseMailer.class.getClassLoader());
        return format(bundle.getString(key), n);
    }

    /**
     * A Spanish pattern filled with the kernel's mail arguments: {0} recipient name, {1} case number, {2} title,
     * {3} procedure, {4} step, {5} step title, {6} comment, {7} link to the case, {8} institution, {9} link to rate
     * the service once the case is closed.
     */
    static String format(String pattern, CaseNotice n) {
        String link = System.getProperty("sigti.base-url", "http://localhost:8080/sigti") + "/case/"
                + n.caseId();
        String rateLink = link + "/rating";
        return new MessageFormat(pattern, SPANISH).format(new Object[] {n.recipientName(),
            n.caseNumber(), n.title(), n.procedureCode(), n.step(), n.stepTitle(),
            n.comment() == null ? "" : n.comment(), link, n.institution() == null ? "SIGTI" : n.institution(), rateLink});
    }
}
