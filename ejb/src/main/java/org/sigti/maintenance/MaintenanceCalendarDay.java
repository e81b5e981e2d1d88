package org.sigti.maintenance;

/**
 * A January day of the maintenance calendar ({@link MaintenancePlanTimer}) after its own plan's run: a drawn-up plan
 * of the year with a cronograma observes it to open what it still misses (equipment registered since). Fired in the
 * timer's transaction.
 */
public record MaintenanceCalendarDay(int year, String onBehalfOf) {
}
