package org.sigti.procedure.pgd;

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
 * The yearly calendar of S04.01.00.02 (the PGD is "evaluado anualmente"; the manual names no date): every day of
 * November from the 2nd, at 06:30 in Lima (MINDEF's time zone), it opens the year's follow-up of the plan in force
 * ({@link FollowUpCases#openDue}, as the Jefe), which opens it once a year whatever fires, so the first firing that
 * finds SIGTI up does it and a day missed while SIGTI was down is made up the next day. November leaves the year's
 * follow-up, and a portfolio update, done before the next year's budget. Not persistent, like SIGTI's other calendars
 * (see {@code AnnualLogReportTimer}): SIGTI deploys while its database is down. Thin: it only decides when.
 */
@Singleton
@PermitAll // a timer: no caller; it opens the case through FollowUpCases, as the Jefe
@RunAs(Roles.JEFE)
public class FollowUpTimer {

    private static final Logger LOG = Logger.getLogger(FollowUpTimer.class.getName());

    @EJB
    FollowUpCases cases;

    @EJB
    DatabaseMigration database;

    @Schedule(month = "11", dayOfMonth = "2-30", hour = "6", minute = "30", second = "0",
            timezone = "America/Lima", persistent = false, info = "sigti-pgd-followup")
    void fire() {
        if (!database.isReady()) {
            return;
        }
        try {
            cases.openDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "SIGTI: the PGD's yearly follow-up could not be opened", e);
            throw e;
        }
    }
}
