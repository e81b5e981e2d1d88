package org.sigti.maintenance;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.sigti.db.DatabaseMigration;

/**
 * The maintenance calendar (S3 row 8): every day of January at 06:30 it opens the year's missing preventive cases of
 * the calendar plan ({@link PreventivePlan#CALENDAR}), at most {@link MaintenancePlan#CAP} per day, so an inventory of
 * up to 31 × CAP computers and printers is covered in the month; equipment registered later is added by "Generar plan
 * anual". Then it fires {@link MaintenanceCalendarDay}, so a plan with a cronograma drawn up for the year is kept
 * complete the same way.
 */
@Singleton
@PermitAll // a timer: no caller; the cases are recorded as opened by the maintenance calendar
public class MaintenancePlanTimer {

    private static final Logger LOG = Logger.getLogger(MaintenancePlanTimer.class.getName());
    private static final ZoneId ZONE = ZoneId.of(System.getProperty("sigti.timezone", "America/La_Paz"));

    @EJB
    DatabaseMigration database;

    @Inject
    MaintenanceWork work;

    @Inject
    Event<MaintenanceCalendarDay> calendarDays;

    // not persistent (SIGTI deploys while its database is down): every day of January, and the unique key keeps
    // each equipment once a year, so a day missed is made up the next day
    @Schedule(month = "1", hour = "6", minute = "30", persistent = false, info = "sigti-maintenance-annual-plan")
    void fire() {
        if (!database.isReady()) {
            return;
        }
        int year = ZonedDateTime.now(ZONE).getYear();
        int opened = work.openPlan(year, "mantenimiento", MaintenancePlan.CAP);
        LOG.info(() -> "Annual maintenance plan: " + opened + " preventive cases opened.");
        // a plan with a cronograma, once its coordinator has drawn it up, is kept complete the same days
        calendarDays.fire(new MaintenanceCalendarDay(year, "mantenimiento"));
    }
}
