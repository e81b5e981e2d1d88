package org.sigti.workflow;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * Every five minutes, records the breaches of service clocks that passed without anyone acting (the kernel also
 * records them on every move). Not persistent: a missed sweep is made up by the next one.
 */
@Singleton
@PermitAll // a timer: no caller; it only records what the clock says
public class ServiceLevelSweep {

    private static final Logger LOG = Logger.getLogger(ServiceLevelSweep.class.getName());
    private static final int BATCH = 500;

    @Inject
    CaseEngine engine;

    @jakarta.ejb.EJB
    org.sigti.db.DatabaseMigration database;

    @Schedule(minute = "*/5", hour = "*", persistent = false, info = "sigti-service-level-sweep")
    void sweep() {
        if (!database.isReady()) {
            return; // the migration's own retry reports the database problem
        }
        int breached = engine.sweepBreaches(Instant.now().truncatedTo(ChronoUnit.MICROS), BATCH);
        if (breached > 0) {
            LOG.info(() -> "SIGTI: service-level breaches recorded on " + breached + " case(s)");
        }
    }
}
