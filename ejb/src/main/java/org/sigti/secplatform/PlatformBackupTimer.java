package org.sigti.secplatform;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.sigti.db.DatabaseMigration;

/**
 * The monthly calendar of the security platforms' backups (S04.04.00.01 step 10). Thin: it only decides when. Fires
 * every day at 06:17 in MINDEF's zone and asks {@link PlatformBackupCalendar} for the current month, which opens only
 * what the month lacks: the first firing of a month opens its cases, and a month whose first days the server was down
 * is caught up at the next firing.
 */
@Singleton
@PermitAll // a timer: no caller; the cases it opens are recorded as opened by the calendar
public class PlatformBackupTimer {

    private static final Logger LOG = Logger.getLogger(PlatformBackupTimer.class.getName());

    @EJB
    DatabaseMigration database;

    @Inject
    PlatformBackupCalendar calendar;

    // not persistent (SIGTI deploys while its database is down): daily, and the calendar is idempotent per month
    @Schedule(hour = "6", minute = "17", timezone = "America/Lima", persistent = false,
            info = "sigti-security-platform-backups")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void fire() {
        if (!database.isReady()) {
            return; // the migration's own retry reports the database problem
        }
        try {
            calendar.openMonth(calendar.currentMonth(), "SIGTI");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "SIGTI: the security platforms' monthly backups could not be opened", e);
        }
    }
}
