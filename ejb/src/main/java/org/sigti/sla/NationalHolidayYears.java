package org.sigti.sla;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sigti.db.DatabaseMigration;
import org.sigti.security.Roles;
import org.sigti.unit.Institution;

/**
 * Gives every institution its country's national holidays ({@link NationalHolidays}) for the current and the next
 * year, in the institution's time zone, when it does not have them yet: at start-up once the database is migrated,
 * and every night (so a new year, or a database that was not ready at start-up, is filled within a day). A year is
 * filled once ({@link HolidayYear}): what the Jefe removed or moved afterwards is never put back, and a date the Jefe
 * already made a holiday is kept as the Jefe named it.
 *
 * <p>Its timers are open ({@code @PermitAll}): the container calls them without a caller, and their call to drop the
 * cached calendars runs as the Jefe ({@code @RunAs}). {@link #fillMissing} on demand is the Jefe's.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@PermitAll
@RunAs(Roles.JEFE)
public class NationalHolidayYears {

    private static final Logger LOG = Logger.getLogger(NationalHolidayYears.class.getName());
    private static final String AT_START = "sigti-national-holidays-at-start";
    private static final long RETRY_MILLIS = 30_000;

    @Resource
    TimerService timerService;

    @PersistenceContext
    EntityManager em;

    @EJB
    DatabaseMigration database;

    @EJB
    ServiceLevelCache cache;

    Clock clock = Clock.systemUTC();

    @PostConstruct
    void start() {
        // not here: a timer callback runs with the @RunAs identity and after the deployment is complete
        timerService.createSingleActionTimer(1_000, new TimerConfig(AT_START, false));
    }

    @Timeout
    void atStart() {
        if (!database.isReady()) {
            timerService.createSingleActionTimer(RETRY_MILLIS, new TimerConfig(AT_START, false));
            return;
        }
        fill();
    }

    // not persistent: a missed night is caught up by the next one, or by the next start
    @Schedule(hour = "2", minute = "17", persistent = false, info = "sigti-national-holidays")
    void nightly() {
        if (database.isReady()) {
            fill();
        }
    }

    /** Fills the missing years of every institution now; returns how many holidays were added. */
    @RolesAllowed(Roles.JEFE)
    public int fillMissing() {
        return fill();
    }

    private int fill() {
        int added = 0;
        for (Institution institution : em.createQuery("select i from Institution i order by i.code",
                Institution.class).getResultList()) {
            if (!NationalHolidays.COUNTRIES.contains(institution.getCountry())) {
                continue;
            }
            int year = LocalDate.now(clock.withZone(institution.getZone())).getYear();
            added += fill(institution, year) + fill(institution, year + 1);
        }
        if (added > 0) {
            cache.invalidateAfterCompletion();
        }
        return added;
    }

    private int fill(Institution institution, int year) {
        HolidayYear.Key key = new HolidayYear.Key(institution.getCode(), year);
        if (em.find(HolidayYear.class, key) != null) {
            return 0;
        }
        Set<LocalDate> taken = new HashSet<>(em.createNamedQuery("Holiday.findBetween", Holiday.class)
                .setParameter("institution", institution.getCode()).setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year + 1, 1, 1)).getResultStream().map(Holiday::getDate).toList());
        int added = 0;
        for (NationalHolidays.Day day : NationalHolidays.of(institution.getCountry(), year)) {
            if (taken.add(day.date())) {
                em.persist(new Holiday(institution.getCode(), institution.getCountry(), day.date(), day.name(),
                        Holiday.Origin.LAW));
                added++;
            }
        }
        em.persist(new HolidayYear(institution.getCode(), year));
        int count = added;
        LOG.info(() -> "SIGTI: " + count + " national holidays of " + institution.getCountry() + " " + year
                + " added to the calendar of " + institution.getCode());
        return added;
    }
}
