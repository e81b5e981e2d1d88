package org.sigti.mail;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * After the transaction that queued a mail (or made it due again) commits, hands it to the worker in the background:
 * the caller's thread only submits. A rolled-back transaction nudges nothing, and its row does not exist. If the
 * nudge is lost (the server stops), the sweep sends the mail within 30 s.
 */
@ApplicationScoped
public class MailNudge {

    private static final Logger LOG = Logger.getLogger(MailNudge.class.getName());

    @EJB
    MailSender sender;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        try {
            sender.deliverSoon(queued.id());
        } catch (RuntimeException e) {
            // an observer after the commit must not fail the caller, whose work is done; the sweep sends the mail
            LOG.log(Level.FINE, "nudge failure", e);
            LOG.warning(() -> "SIGTI: mail " + queued.id() + " waits for the outbox sweep: " + e);
        }
    }
}
