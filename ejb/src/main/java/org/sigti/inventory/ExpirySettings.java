package org.sigti.inventory;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The expiry calendar's settings: the notice window in days, the hour (local time) of the daily sweep, the
 * Responsable who receives the renewal cases, and the day of the last sweep.
 */
public record ExpirySettings(int windowDays, int hour, String assignee, LocalDate lastRun) implements Serializable {
}
