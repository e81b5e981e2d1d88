package org.sigti.sla;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * One working interval as the Jefe typed it, possibly incomplete or wrong; {@code 00:00} as end is midnight.
 *
 * @param day   the day of the week
 * @param start the start, local time
 * @param end   the end, local time
 */
public record HoursEdit(DayOfWeek day, LocalTime start, LocalTime end) implements Serializable {
}
