package org.sigti.statistics;

import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

import org.sigti.db.DatabaseMigration;

/**
 * The daily reminder sweep of the statistics schedule ({@link ReminderSweep}), owned by the module: a persistent
 * calendar timer (the database timer store) at 07:00 in the Sector's zone, so a firing missed while the server was
 * down runs at start. It is created at the first firing of a short non-persistent timer that finds the database ready
 * (SIGTI deploys while its database is down, and the persistent store lives in it). Thin: it only decides when.
 */
@Singleton
@Startup
@PermitAll // a timer: no caller; the sweep sends mails and records them on the dues
public class StatisticsReminderTimer {

    private static final Logger LOG = Logger.getLogger(StatisticsReminderTimer.class.getName());
    static final String DAILY = "sigti-statistics-reminders";
    private static final String START = "sigti-statistics-reminders-start";
    private static final long RETRY_MILLIS = 60_000;

    @Resource
    TimerService timers;

    @Inject
    ReminderSweep sweep;

    @EJB
    DatabaseMigration database;

    @PostConstruct
    void start() {
        // not persistent: it is about this start; it creates the persistent one once the database is ready
        timers.createSingleActionTimer(RETRY_MILLIS, new TimerConfig(START, false));
    }

    @Timeout
    void fire(Timer timer) {
        if (!database.isReady()) {
            timers.createSingleActionTimer(RETRY_MILLIS, new TimerConfig(START, false));
            return;
        }
        if (START.equals(timer.getInfo())) {
            ensureDaily();
            return; // the daily firing sends; a start does not remind at an unexpected hour
        }
        try {
            sweep.sweep(LocalDate.now(StatisticsIntake.ZONE));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "SIGTI: the statistics reminders could not be sent", e);
            throw e;
        }
    }

    /** Exactly one persistent daily timer. */
    private void ensureDaily() {
        boolean present = false;
        for (Timer t : timers.getTimers()) {
            if (DAILY.equals(t.getInfo())) {
                if (present) {
                    t.cancel(); // a duplicate
                }
                present = true;
            }
        }
        if (!present) {
            // persistent: the day's reminders go even if the server was down at 07:00
            timers.createCalendarTimer(new ScheduleExpression().hour("7").minute("0").second("0")
                    .timezone(StatisticsIntake.ZONE.getId()), new TimerConfig(DAILY, true));
        }
    }
}
