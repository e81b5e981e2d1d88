package org.sigti.mail;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.sigti.db.DatabaseMigration;

/**
 * Every 30 seconds, gives back the mails a stopped worker left half-sent and sends the mails that are due: the
 * retries after their backoff, the Jefe's "Enviar ahora", and any mail whose nudge was lost.
 */
@Singleton
@PermitAll // a timer: no caller; it only sends what the outbox says is due
public class MailSweep {

    private static final Logger LOG = Logger.getLogger(MailSweep.class.getName());
    /** Mails sent per sweep at most; the rest wait 30 s. */
    static final int BATCH = 50;

    @EJB
    DatabaseMigration database;

    @EJB
    MailLedger ledger;

    @EJB
    MailSender sender;

    // Not persistent: a missed sweep is made up by the next one, and a persistent timer would write the timer table
    // every 30 s and catch up missed sweeps after a restart for nothing (SIGTI deploys while its database is down).
    // A non-persistent timer fires on every server sharing the database: the claim keeps them from sending one mail
    // twice. WildFly skips a firing while the previous one still runs.
    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false, info = "sigti-mail-outbox-sweep")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        if (!database.isReady()) {
            return; // the migration's own retry reports the database problem
        }
        ledger.releaseStale(Instant.now().truncatedTo(ChronoUnit.MICROS));
        int sent = sender.deliverDue(BATCH);
        if (sent > 0) {
            LOG.info(() -> "SIGTI: the outbox sweep sent " + sent + " mail(s)");
        }
    }
}
