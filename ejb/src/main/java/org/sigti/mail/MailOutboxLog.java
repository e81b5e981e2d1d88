package org.sigti.mail;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sigti.security.Roles;

/**
 * The outbox for the Jefe and the Auditor ("Correos salientes"): the mails of one status, or those not sent yet,
 * newest first, paged in the database; and the Jefe's "Enviar ahora" / "Reintentar", which makes a pending or failed
 * mail due at once, records who did it on the mail and in the log, and nudges the worker after the commit.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.AUDITOR})
public class MailOutboxLog {

    private static final Logger LOG = Logger.getLogger(MailOutboxLog.class.getName());
    /** The largest page a screen may ask for. */
    public static final int MAX_PAGE_SIZE = 100;
    /** What "not sent yet" lists. */
    static final Set<MailStatus> UNSENT = EnumSet.of(MailStatus.PENDING, MailStatus.SENDING, MailStatus.FAILED);

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Event<MailQueued> queued;

    /**
     * A page of the mails with {@code status}, or of those not sent yet when it is null, newest first.
     */
    public List<OutboxRow> page(MailStatus status, int first, int pageSize) {
        return em.createQuery("select new org.sigti.mail.OutboxRow(m.id, m.createdAt, m.source, m.caseId,"
                + " m.recipient, m.recipientName, m.subject, m.status, m.attempts, m.nextAttemptAt, m.lastErrorKind,"
                + " m.lastError, m.sentAt, m.retriedBy, m.retriedAt) from OutboxMail m where m.status in :statuses"
                + " order by m.createdAt desc, m.id desc", OutboxRow.class)
                .setParameter("statuses", statuses(status))
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE)))
                .getResultList();
    }

    public long count(MailStatus status) {
        return em.createQuery("select count(m) from OutboxMail m where m.status in :statuses", Long.class)
                .setParameter("statuses", statuses(status)).getSingleResult();
    }

    /**
     * Makes a pending or failed mail due now and has the worker send it after the commit; false when the mail is
     * being sent, was sent, or does not exist. A failed mail gets one more attempt (its attempts stay counted): if
     * it fails again it is failed again.
     */
    @RolesAllowed(Roles.JEFE)
    public boolean sendNow(long id) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        if (mail == null) {
            return false;
        }
        MailStatus was = mail.getStatus();
        int attempts = mail.getAttempts();
        String by = context.getCallerPrincipal().getName();
        int rows = em.createNamedQuery("OutboxMail.dueNow").setParameter("pending", MailStatus.PENDING)
                .setParameter("failed", MailStatus.FAILED).setParameter("now", Instant.now().truncatedTo(
                        ChronoUnit.MICROS)).setParameter("by", by).setParameter("id", id).executeUpdate();
        if (rows != 1) {
            return false;
        }
        LOG.info(() -> "SIGTI: mail " + id + " of " + oneLine(mail.getSource()) + " to " + oneLine(mail.getRecipient())
                + " made due now by " + oneLine(by) + " (it was " + was + " after " + attempts + " attempt(s))");
        queued.fire(new MailQueued(id));
        return true;
    }

    private static Set<MailStatus> statuses(MailStatus status) {
        return status == null ? UNSENT : EnumSet.of(status);
    }

    /** Log lines must not be forged by CR/LF in stored text. */
    private static String oneLine(String text) {
        return text == null ? null : text.replaceAll("[\\r\\n\\t]", "_");
    }
}
