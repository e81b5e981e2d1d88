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
 * The annual calendar of S04.03.01.04 step 11 ("Anualmente"): on 2 January at 06:00 it opens the annual report of the
 * year just ended ({@link AnnualLogReports#open}, as the Jefe). The timer is persistent (the database timer store): a
 * firing missed while SIGTI was down runs at the next start, and opening is once a year whatever fires. Thin: it only
 * decides when; no business method.
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

    // persistent: the firing of 2 January must happen once even if the server was down at that moment
    @Schedule(month = "1", dayOfMonth = "2", hour = "6", minute = "0", second = "0", persistent = true,
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
