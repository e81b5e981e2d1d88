/**
 * Service levels: the priority of a case (impact × urgency, ITIL), its response and resolution targets, and the
 * business calendar those targets are counted on (working hours, holidays, time zone of the institution).
 *
 * <p>{@link org.sigti.sla.BusinessCalendar} and {@link org.sigti.sla.ServiceClock} are plain Java values with no
 * dependency on the container: the workflow computes due dates and breaches with them. The entities hold what the
 * Jefe configures. Depends on nothing of SIGTI.
 */
package org.sigti.sla;
