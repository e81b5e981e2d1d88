/**
 * S04.03.01.04 Administración de eventos y log de sistemas (MINDEF; procedures.md E10): the yearly cycle of the
 * critical systems' log reviews and log backup jobs ({@link org.sigti.procedure.logs.S04030104}), the runs those jobs
 * open ({@link org.sigti.procedure.logs.S04030104Run}) and the annual report the clock opens
 * ({@link org.sigti.procedure.logs.S04030104Report}, {@link org.sigti.procedure.logs.AnnualLogReports}). Uses the
 * backup module (LOG schedules, copies) and the kernel; nothing below depends on it.
 */
package org.sigti.procedure.logs;
