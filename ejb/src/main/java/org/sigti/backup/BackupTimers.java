package org.sigti.backup;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.NoSuchObjectLocalException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sigti.db.DatabaseMigration;
import org.sigti.security.Roles;

/**
 * The clock of the backup schedules: one persistent calendar timer per enabled schedule (info = the schedule's id),
 * kept in the database timer store so it survives restarts. {@link #sync} makes a schedule's timers match what is
 * stored (edited: cancelled and recreated; disabled: cancelled). At start-up, once the database is migrated,
 * {@link #reconcile} gives every enabled schedule exactly one timer (creating missing ones, cancelling orphans and
 * duplicates, which is what makes several nodes sharing the database safe) and catches up the runs missed while SIGTI
 * was down ({@link BackupRuns}, catch-up policy). A firing computes its planned time from the timer's own calendar
 * expression and hands it to {@link BackupRuns#fired}, which creates one task per planned time whatever fires twice.
 * The first firing of a schedule after a start also catches up that schedule, should it come before the start-up
 * reconciliation: a start that ends within seconds (a redeployment, a crash loop) still records its downtime, and a
 * later catch-up, which looks only at the most recent planned times, is not left a gap it can no longer see.
 * Every 15 minutes it escalates the tasks still open after their overdue delay.
 *
 * <p>Open on purpose ({@code @PermitAll}): the container calls its timers without a caller, and its methods only make
 * the timers agree with the stored schedules. Its calls out run as the Jefe ({@code @RunAs}).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@Lock(LockType.READ) // its one state is a concurrent set; the timer service and BackupRuns' row locks serialize the rest
@PermitAll
@RunAs(Roles.JEFE)
public class BackupTimers {

    private static final Logger LOG = Logger.getLogger(BackupTimers.class.getName());
    private static final String RECONCILE = "sigti-backup-reconcile";
    /** A firing may come a little before its second (clock granularity): the planned time is looked up this late. */
    private static final long EARLY_TOLERANCE_MILLIS = 500;
    /** How many missed planned times per schedule the catch-up looks at (sigti.backup.catch-up-max). */
    static final int DEFAULT_CATCH_UP_MAX = 31;

    /** When this start of SIGTI began: planned times after it were not missed by a downtime (see BackupRuns#fired). */
    private final Instant upSince = Instant.now();

    /** The schedules caught up since this start, by the reconciliation or by their first firing. */
    private final Set<Long> caughtUp = ConcurrentHashMap.newKeySet();

    @Resource
    TimerService timerService;

    @PersistenceContext
    EntityManager em;

    @EJB
    BackupRuns runs;

    @EJB
    DatabaseMigration database;

    @PostConstruct
    void start() {
        // not here: a timer callback runs with the @RunAs identity and after the deployment is complete
        timerService.createSingleActionTimer(2_000, new TimerConfig(RECONCILE, false));
    }

    @Timeout
    void fire(Timer timer) {
        Serializable info = timer.getInfo();
        if (RECONCILE.equals(info)) {
            if (!database.isReady()) {
                timerService.createSingleActionTimer(30_000, new TimerConfig(RECONCILE, false));
                return;
            }
            reconcile();
            return;
        }
        if (!(info instanceof Long scheduleId)) {
            LOG.warning(() -> "SIGTI: backup timer with unknown info " + info + " cancelled");
            timer.cancel();
            return;
        }
        try {
            Instant now = Instant.now().plusMillis(EARLY_TOLERANCE_MILLIS);
            CalendarExpression expression = CalendarExpression.of(timer.getSchedule());
            ZoneId zone = ZoneId.of(Optional.ofNullable(timer.getSchedule().getTimezone()).orElse("UTC"));
            runs.fired(scheduleId, expression, zone, now, upSince, catchUpCap());
            if (caughtUp.add(scheduleId)) {
                runs.catchUp(scheduleId, Instant.now().truncatedTo(ChronoUnit.SECONDS), catchUpCap());
            }
        } catch (RuntimeException e) {
            // no retry storm: the next firing, or the catch-up at the next start, makes up for this one
            LOG.log(Level.WARNING, "SIGTI: backup schedule " + scheduleId + " could not open its run", e);
        }
    }

    /**
     * Makes the timers of one schedule match the stored schedule: none when disabled or gone, exactly one with its
     * expression when enabled. Call it in the transaction that changed the schedule: timers follow its outcome.
     */
    public void sync(long scheduleId) {
        BackupSchedule schedule = em.find(BackupSchedule.class, scheduleId);
        List<Timer> timers = timersOf(scheduleId);
        if (schedule == null || !schedule.isEnabled()) {
            timers.forEach(BackupTimers::cancel);
            return;
        }
        String wanted = CalendarExpression.parse(schedule.getCalendarExpression()).text();
        boolean kept = false;
        for (Timer timer : timers) {
            if (!kept && matches(timer, wanted, schedule.getTimeZone())) {
                kept = true;
            } else {
                cancel(timer);
            }
        }
        if (!kept) {
            create(schedule);
        }
    }

    /**
     * Every enabled schedule gets exactly one timer, timers of disabled or unknown schedules are cancelled, then the
     * runs missed while SIGTI was down are caught up. Returns how many tasks the catch-up created.
     */
    public int reconcile() {
        Map<Long, List<Timer>> byId = new HashMap<>();
        for (Timer timer : timerService.getTimers()) {
            try {
                if (timer.getInfo() instanceof Long id) {
                    byId.computeIfAbsent(id, k -> new ArrayList<>()).add(timer);
                }
            } catch (NoSuchObjectLocalException gone) {
                // fired its last time or cancelled meanwhile
            }
        }
        List<BackupSchedule> enabled = em.createNamedQuery("BackupSchedule.findEnabled", BackupSchedule.class)
                .getResultList();
        for (BackupSchedule schedule : enabled) {
            sync(schedule.getId());
            byId.remove(schedule.getId());
        }
        byId.values().stream().flatMap(Collection::stream).forEach(BackupTimers::cancel);
        int cap = catchUpCap();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        int created = 0;
        for (BackupSchedule schedule : enabled) {
            try {
                created += runs.catchUp(schedule.getId(), now, cap);
                caughtUp.add(schedule.getId());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "SIGTI: backup schedule " + schedule.getId() + " could not catch up", e);
            }
        }
        return created;
    }

    /** The calendar expressions of a schedule's timers ("second minute hour dayOfMonth month dayOfWeek"). */
    public List<String> timerExpressions(long scheduleId) {
        return timersOf(scheduleId).stream().map(t -> CalendarExpression.of(t.getSchedule()).text()).toList();
    }

    @Schedule(minute = "*/15", hour = "*", persistent = false, info = "sigti-backup-overdue")
    void overdue() {
        // not persistent: a sweep missed while down is made up by the next one
        if (!database.isReady()) {
            return;
        }
        int mailed = runs.escalateOverdue(Instant.now().truncatedTo(ChronoUnit.MICROS), 200);
        if (mailed > 0) {
            LOG.info(() -> "SIGTI: " + mailed + " overdue backup task(s) escalated");
        }
    }

    private List<Timer> timersOf(long scheduleId) {
        List<Timer> found = new ArrayList<>();
        for (Timer timer : timerService.getTimers()) {
            try {
                if (Long.valueOf(scheduleId).equals(timer.getInfo())) {
                    found.add(timer);
                }
            } catch (NoSuchObjectLocalException gone) {
                // cancelled meanwhile
            }
        }
        return found;
    }

    private void create(BackupSchedule schedule) {
        ZoneId zone = ZoneId.of(schedule.getTimeZone());
        timerService.createCalendarTimer(CalendarExpression.parse(schedule.getCalendarExpression())
                .toScheduleExpression(zone), new TimerConfig(schedule.getId(), true));
    }

    private static boolean matches(Timer timer, String expression, String zone) {
        try {
            return CalendarExpression.of(timer.getSchedule()).text().equals(expression)
                    && zone.equals(timer.getSchedule().getTimezone());
        } catch (IllegalArgumentException | NoSuchObjectLocalException e) {
            return false;
        }
    }

    private static void cancel(Timer timer) {
        try {
            timer.cancel();
        } catch (NoSuchObjectLocalException gone) {
            // already cancelled
        }
    }

    private static int catchUpCap() {
        return Integer.getInteger("sigti.backup.catch-up-max", DEFAULT_CATCH_UP_MAX);
    }
}
