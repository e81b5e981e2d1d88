package org.sigti.workflow;

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
 * Sends the requester's mails from Spanish templates through the WildFly mail session, after the move commits and
 * never when it rolls back (a transactional observer). A mail server that is down loses the mail, not the move:
 * the failure is logged with the case number, and the case page still shows the state.
 */
@ApplicationScoped
public class CaseMailer {

    private static final Logger LOG = Logger.getLogger(CaseMailer.class.getName());
    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Resource(lookup = "java:jboss/mail/Default")
    Session session;

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) CaseNotice notice) {
        if (notice.recipient() == null || notice.recipient().isBlank()) {
            LOG.info(() -> "SIGTI: no e-mail address for the requester of " + notice.caseNumber() + "; "
                    + notice.template() + " mail not sent");
            return;
        }
        try {
            MimeMessage message = new MimeMessage(session);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(notice.recipient(),
                    notice.recipientName(), "UTF-8"));
            message.setSubject(render(notice.template() + ".subject", notice), "UTF-8");
            message.setText(render(notice.template() + ".body", notice), "UTF-8");
            message.setHeader("X-SIGTI-Case", notice.caseNumber());
            Transport.send(message);
        } catch (MessagingException | java.io.UnsupportedEncodingException e) {
            LOG.log(Level.FINE, "mail failure", e);
            LOG.warning("SIGTI: the " + notice.template() + " mail of case " + notice.caseNumber()
                    + " to " + notice.recipient() + " was not sent: " + e.getMessage()
                    + " (check SIGTI_SMTP_HOST / SIGTI_SMTP_PORT)");
        }
    }

    /** The text of a template for a notice; package-visible for tests. */
    static String render(String key, CaseNotice n) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.sigti.workflow.mail", SPANISH,
                CaseMailer.class.getClassLoader());
        String link = System.getProperty("sigti.base-url", "http://localhost:8080/sigti") + "/case/"
                + n.caseId();
        return new MessageFormat(bundle.getString(key), SPANISH).format(new Object[] {n.recipientName(),
            n.caseNumber(), n.title(), n.procedureCode(), n.step(), n.stepTitle(),
            n.comment() == null ? "" : n.comment(), link,
            System.getProperty("sigti.institution", "SIGTI")});
    }
}
