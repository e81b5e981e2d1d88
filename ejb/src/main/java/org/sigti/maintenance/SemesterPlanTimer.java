package org.sigti.maintenance;

import java.time.Instant;
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
 * The semiannual calendar (procedures.md S3 rows 1, 5 and 21): on the first day of each semester (by default 1
 * January and 1 July at 06:00 in the institution's zone; {@code sigti.plans.schedule} /
 * {@code SIGTI_PLANS_SCHEDULE} takes the attributes of an EJB calendar, e.g. {@code month=1,7;dayOfMonth=1;hour=6})
 * it opens the semester's plan and the restore and backup reports of the semester just ended (if SIGTI was installed
 * before it ended). The timer is persistent (the
 * database timer store): a firing missed while the server was down runs at start. At each start SIGTI also catches
 * up: whatever of the current semester's plan is missing is opened. Exactly once per item: see
 * {@link SemesterPlanWriter}. Thin: it only decides when.
 */
@Singleton
@Startup
@PermitAll // a timer: no caller; it opens cases by the clock through the kernel
public class SemesterPlanTimer {

    private static final Logger LOG = Logger.getLogger(SemesterPlanTimer.class.getName());
    static final String PLAN = "sigti-semester-plan";
    private static final String CATCH_UP = "sigti-semester-plan-catch-up";
    private static final long RETRY_MILLIS = 60_000;

    @Resource
    TimerService timers;

    @Inject
    SemesterPlanWriter writer;

    @EJB
    DatabaseMigration database;

    @PostConstruct
    void start() {
        // nothing here touches the database (SIGTI deploys while it is down): the persistent calendar timer is
        // checked at the first firing that finds the database ready. Not persistent: a catch-up is about this start.
        timers.createSingleActionTimer(RETRY_MILLIS / 2, new TimerConfig(CATCH_UP, false));
    }

    /** Exactly one persistent calendar timer with the configured calendar (a changed calendar replaces it). */
    private void ensurePlanTimer() {
        String wanted = expression();
        boolean present = false;
        for (Timer timer : timers.getTimers()) {
            if (PLAN.equals(timer.getInfo()) || (timer.getInfo() instanceof String info && info.startsWith(PLAN + " "))) {
                if (!present && (PLAN + " " + wanted).equals(timer.getInfo())) {
                    present = true;
                } else {
                    timer.cancel(); // the configured calendar changed, or a duplicate
                }
            }
        }
        if (!present) {
            // persistent: the firing of 1 January must happen once even if the server was down at that moment
            timers.createCalendarTimer(calendar(wanted), new TimerConfig(PLAN + " " + wanted, true));
        }
    }

    /** Whether a firing already saw the database ready (the demo cases are filed right after it becomes ready). */
    private boolean settled;

    @Timeout
    void fire(Timer timer) {
        if (!database.isReady() || !settled && CATCH_UP.equals(timer.getInfo())) {
            // let the start-up work that follows the migration (the demo cases, filed on an empty table) go first
            settled = database.isReady();
            timers.createSingleActionTimer(settled ? RETRY_MILLIS / 6 : RETRY_MILLIS, new TimerConfig(CATCH_UP, false));
            return;
        }
        if (CATCH_UP.equals(timer.getInfo())) {
            ensurePlanTimer();
        }
        Semester current = Semester.of(Instant.now(), SemesterPlanWriter.zone());
        try {
            writer.generate(current, "SIGTI");
            Semester ended = current.previous();
            if (writer.installedBefore(ended.end(SemesterPlanWriter.zone()))) {
                // the reports of the semester just ended (none on a fresh install: SIGTI did not see that semester)
                writer.restoreReport(ended, "SIGTI");
                writer.backupReport(ended, "SIGTI");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "SIGTI: the semester plan " + current.code() + " could not be opened", e);
            throw e;
        }
    }

    static String expression() {
        String configured = System.getProperty("sigti.plans.schedule", System.getenv("SIGTI_PLANS_SCHEDULE"));
        return configured == null || configured.isBlank() ? "month=1,7;dayOfMonth=1;hour=6" : configured.strip();
    }

    /** An EJB calendar from {@code attribute=value;...}, in the institution's zone. */
    static ScheduleExpression calendar(String expression) {
        ScheduleExpression calendar = new ScheduleExpression().second("0").minute("0").hour("0").dayOfMonth("*")
                .month("*").dayOfWeek("*").year("*").timezone(SemesterPlanWriter.zone().getId());
        for (String part : expression.split(";")) {
            String[] kv = part.split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("not attribute=value: " + part);
            }
            String value = kv[1].strip();
            switch (kv[0].strip()) {
                case "second" -> calendar.second(value);
                case "minute" -> calendar.minute(value);
                case "hour" -> calendar.hour(value);
                case "dayOfMonth" -> calendar.dayOfMonth(value);
                case "month" -> calendar.month(value);
                case "dayOfWeek" -> calendar.dayOfWeek(value);
                default -> throw new IllegalArgumentException("unknown attribute " + kv[0]);
            }
        }
        return calendar;
    }
}
