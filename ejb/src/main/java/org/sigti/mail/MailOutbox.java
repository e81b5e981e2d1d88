package org.sigti.mail;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Queues a mail: writes it to the outbox in the caller's transaction (there must be one), so the mail exists exactly
 * when what owes it committed, and asks for the worker to be nudged after that commit ({@link MailNudge}). Nothing
 * is sent here: the caller's thread never waits for a mail server.
 */
@ApplicationScoped
public class MailOutbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<MailQueued> queued;

    /** Writes the mail to the outbox, due at once; returns its id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long queue(MailDraft draft) {
        OutboxMail mail = OutboxMail.queued(Instant.now().truncatedTo(ChronoUnit.MICROS), draft.source(),
                draft.caseId(), draft.template(), draft.recipient(), draft.recipientName(), draft.subject(),
                draft.body());
        mail.copyTo(draft.cc());
        mail.sendFrom(draft.from());
        em.persist(mail);
        queued.fire(new MailQueued(mail.getId()));
        return mail.getId();
    }
}
