package org.sigti.workflow;

import java.time.Instant;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sigti.db.DatabaseMigration;

/** Deletes the REST API's expired {@code Idempotency-Key}s every hour ({@link IdempotentFiling#KEEP}). */
@Singleton
@PermitAll // a timer: no caller
public class IdempotencyKeySweep {

    private static final Logger LOG = Logger.getLogger(IdempotencyKeySweep.class.getName());

    @EJB
    DatabaseMigration database;

    @PersistenceContext
    EntityManager em;

    // on every node (deleting what expired is harmless twice); not persistent: SIGTI deploys while its database may be
    // down, and an hour missed is caught up by the next
    @Schedule(hour = "*", minute = "23", persistent = false, info = "sigti-api-idempotency-sweep")
    void sweep() {
        if (!database.isReady()) {
            return; // the migration's own retry reports the database problem
        }
        int deleted = em.createQuery("delete from IdempotencyKey k where k.createdAt < :cutoff")
                .setParameter("cutoff", Instant.now().minus(IdempotentFiling.KEEP)).executeUpdate();
        if (deleted > 0) {
            LOG.fine(() -> "Deleted " + deleted + " expired Idempotency-Keys");
        }
    }
}
