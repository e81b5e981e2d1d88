package org.sigti.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The worker's bookkeeping, each step committed on its own before the next network exchange: the claim is committed
 * before the mail goes out, so another worker (or server) sees it taken; the outcome in another transaction after.
 * Every step is a conditional UPDATE of {@link OutboxMail}: a claim affects the row only while it is pending, due
 * and at the version read; an outcome only while the row is still at the version its claim left.
 */
@Stateless
@PermitAll // the worker's own steps: it runs as whoever's move nudged it, or as no one (the sweep's timer)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MailLedger {

    private static final Logger LOG = Logger.getLogger(MailLedger.class.getName());
    /**
     * How long a claim may stay {@code SENDING} before it counts as left by a worker that died: far beyond the time the
     * timeouts allow one mail (10 s to connect, 20 s per answer or write of a short SMTP exchange).
     */
    static final Duration STALE_AFTER = Duration.ofMinutes(10);

    @PersistenceContext
    EntityManager em;

    /** The ids of the pending mails due at {@code now}, oldest due first, at most {@code max}. */
    public List<Long> due(Instant now, int max) {
        return em.createNamedQuery("OutboxMail.findDue", Long.class).setParameter("pending", MailStatus.PENDING)
                .setParameter("now", now).setMaxResults(max).getResultList();
    }

    /** Claims a pending, due mail for sending; empty when it is not (any more) pending and due, or someone won it. */
    public Optional<ClaimedMail> claim(long id, Instant now) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        if (mail == null || mail.getStatus() != MailStatus.PENDING || mail.getNextAttemptAt().isAfter(now)) {
            return Optional.empty();
        }
        int claimed = em.createNamedQuery("OutboxMail.claim").setParameter("sending", MailStatus.SENDING)
                .setParameter("pending", MailStatus.PENDING).setParameter("now", now).setParameter("id", id)
                .setParameter("version", mail.getVersion()).executeUpdate();
        if (claimed != 1) {
            return Optional.empty();
        }
        return Optional.of(new ClaimedMail(id, mail.getVersion() + 1, mail.getAttempts() + 1, mail.getSource(),
                mail.getTemplate(), mail.getRecipient(), mail.getRecipientName(), mail.getSubject(), mail.getBody(),
                mail.caseHeader(), mail.getCc(), mail.getSender()));
    }

    /** The server accepted the mail. */
    public void sent(ClaimedMail mail, Instant now) {
        int rows = em.createNamedQuery("OutboxMail.sent").setParameter("sent", MailStatus.SENT)
                .setParameter("sending", MailStatus.SENDING).setParameter("now", now).setParameter("id", mail.id())
                .setParameter("version", mail.version()).executeUpdate();
        if (rows != 1) {
            LOG.warning(() -> "SIGTI: mail " + mail.id() + " of " + mail.source() + " was sent after its claim was"
                    + " released as stale; it may reach " + mail.recipient() + " twice");
        }
    }

    /** The attempt failed: pending again after the backoff, or failed after the last attempt. */
    public Retry failed(ClaimedMail mail, MailErrorKind kind, String error, Instant now) {
        Retry retry = Backoff.afterFailure(mail.attempts(), now);
        em.createNamedQuery("OutboxMail.attemptFailed").setParameter("status", retry.status())
                .setParameter("next", retry.nextAttemptAt()).setParameter("kind", kind).setParameter("error", error)
                .setParameter("id", mail.id()).setParameter("version", mail.version())
                .setParameter("sending", MailStatus.SENDING).executeUpdate();
        return retry;
    }

    /**
     * Gives back the mails claimed more than {@link #STALE_AFTER} ago (their worker died, or its server stopped): due
     * at once. One of them may have reached the server before the stop, and goes out again (at least once).
     */
    public int releaseStale(Instant now) {
        int released = em.createNamedQuery("OutboxMail.releaseStale").setParameter("pending", MailStatus.PENDING)
                .setParameter("sending", MailStatus.SENDING).setParameter("interrupted", MailErrorKind.INTERRUPTED)
                .setParameter("now", now).setParameter("cutoff", now.minus(STALE_AFTER)).executeUpdate();
        if (released > 0) {
            LOG.warning(() -> "SIGTI: " + released + " mail(s) left half-sent by a stopped worker are due again");
        }
        return released;
    }
}
