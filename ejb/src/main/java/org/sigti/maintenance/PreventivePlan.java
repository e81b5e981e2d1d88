package org.sigti.maintenance;

/**
 * The two annual preventive plans of computers and printers: one preventive case per equipment and year, whichever
 * plan opened it.
 */
public enum PreventivePlan {
    /** The maintenance calendar's plan: every January, one case per equipment, no month. */
    CALENDAR,
    /** The plan drawn up with its cronograma: each equipment gets a month of the year (equipment spread evenly). */
    CRONOGRAMA
}
