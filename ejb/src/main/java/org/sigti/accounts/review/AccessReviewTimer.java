package org.sigti.accounts.review;

import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

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
 * The access review's calendar: one persistent calendar timer per semester start (1 January and 1 July at 06:00 by
 * default, access_review_calendar), re-created when the Jefe changes the calendar, and a catch-up one minute after
 * start-up for the current semester (a start the server was down on, a first installation). Each firing opens the
 * semester's missing reviews ({@link AccessReviewPlanner#open}); opening is idempotent.
 */
@Singleton
@Startup
@PermitAll // a timer: no caller; reschedule() only re-reads the calendar the Jefe set through AccessReviews
public class AccessReviewTimer {

    private static final Logger LOG = Logger.getLogger(AccessReviewTimer.class.getName());
    private static final String PREFIX = "sigti-access-review ";
    private static final String CATCH_UP = "sigti-access-review-catch-up";

    @Resource
    TimerService timers;

    @EJB
    DatabaseMigration database;

    @Inject
    AccessReviewPlanner planner;

    @PostConstruct
    void start() {
        // not persistent: a catch-up belongs to this start only
        timers.createSingleActionTimer(60_000L, new TimerConfig(CATCH_UP, false));
    }

    /**
     * Makes the persistent timers match the configured calendar (read in the caller's transaction): one per semester
     * start, the others cancelled. Takes no argument, so any caller can only make the timers match what the Jefe set.
     */
    public void reschedule() {
        schedule(planner.calendar());
    }

    private void schedule(SemesterCalendar calendar) {
        Set<String> wanted = calendar.starts().stream().map(d -> PREFIX + d.toString().substring(2))
                .collect(Collectors.toSet());
        for (Timer t : timers.getTimers()) {
            Object info = t.getInfo();
            if (info instanceof String s && s.startsWith(PREFIX)) {
                if (!wanted.remove(s)) {
                    t.cancel();
                }
            }
        }
        for (String info : wanted) {
            String[] monthDay = info.substring(PREFIX.length()).split("-");
            // persistent: a start missed while the server was down fires at the next start-up
            timers.createCalendarTimer(new ScheduleExpression().month(Integer.parseInt(monthDay[0]))
                    .dayOfMonth(Integer.parseInt(monthDay[1])).hour(6).minute(0).second(0)
                    .timezone(AccessReviewPlanner.ZONE.getId()), new TimerConfig(info, true));
        }
    }

    @Timeout
    void fire(Timer timer) {
        if (!database.isReady()) {
            if (CATCH_UP.equals(timer.getInfo())) {
                timers.createSingleActionTimer(60_000L, new TimerConfig(CATCH_UP, false));
            }
            return; // the migration's own retry reports the database problem
        }
        if (CATCH_UP.equals(timer.getInfo())) {
            schedule(planner.calendar());
        }
        String semester = planner.currentSemester();
        int opened = planner.open(semester, "revisión de accesos");
        LOG.info(() -> "SIGTI: access review " + semester + ": " + opened + " review(s) opened (" + timer.getInfo()
                + ")");
    }
}
