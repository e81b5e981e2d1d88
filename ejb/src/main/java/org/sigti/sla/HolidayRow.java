package org.sigti.sla;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One line of the holiday list.
 *
 * @param fromLaw whether SIGTI generated it from the country's law (else the Jefe added it)
 */
public record HolidayRow(long id, LocalDate date, String name, boolean fromLaw) implements Serializable {
}
