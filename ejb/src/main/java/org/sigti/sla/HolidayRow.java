package org.sigti.sla;

import java.io.Serializable;
import java.time.LocalDate;

/** One line of the holiday list. */
public record HolidayRow(LocalDate date, String name) implements Serializable {
}
