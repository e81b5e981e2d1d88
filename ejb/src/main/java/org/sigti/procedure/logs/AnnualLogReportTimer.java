package org.sigti.procedure.logs;

import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;

import org.sigti.db.DatabaseMigration;
import org.sigti.security.Roles;

/**
 * The annual calendar of S04.03.01.04 step 11 ("Anualmente"): every day of January from the 2nd (the 1st is a holiday), at 06:00, it opens the annual report
 * of the year just ended ({@link AnnualLogReports#open}, as the Jefe), which opens it once a year whatever fires: the
 * first firing that finds SIGTI up does it, so a day missed while SIGTI was down is made up the next
 * day. Not persistent, like the other calendars: SIGTI deploys while its database is down (a persistent
 * {@code @Schedule} would need the database timer store at deployment). Thin: it only decides when.
 */
@Singleton
@PermitAll // a timer: no caller; it opens the case through AnnualLogReports, as the Jefe
@RunAs(Roles.JEFE)
public class AnnualLogReportTimer {

    private static final Logger LOG = Logger.getLogger(AnnualLogReportTimer.class.getName());

    @EJB
    AnnualLogReports reports;

    @EJB
    DatabaseMigration database;

    @Schedule(month = "1", dayOfMonth = "2-31", hour = "6", minute = "0", second = "0", persistent = false,
            info = "sigti-log-annual-report")
    void fire() {
        if (!database.isReady()) {
            return;
        }
        int year = LocalDate.now(AnnualLogReports.zone()).getYear() - 1;
        try {
            reports.open(year);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "SIGTI: the annual log report " + year + " could not be opened", e);
            throw e;
        }
    }
}
