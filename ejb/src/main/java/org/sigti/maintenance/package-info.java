/**
 * Semiannual plans (procedures.md A1, S3): the semester's preventive maintenance and security evaluation per active
 * system, the restore and backup reports, the timer that asks for them and the preventive-maintenance indicator.
 * Depends on the workflow kernel and on the catalog of systems; never on a procedure: each case it needs is asked
 * for by an event ({@code SemesterWorkDue}, {@code PreventiveMaintenanceDue}) that the procedure observes.
 * Also equipment maintenance (the equipment's state while it is maintained, the annual preventive plans; the
 * register of the plan with a cronograma belongs to its procedure, {@code org.sigti.procedure.inventory.AnnualPlans})
 * and the data-center visitor log (S04.03.01.03). Writes only inside the transaction of a case's move or of a plan run; depends on the inventory's entities and on the workflow kernel, never on jakarta.faces.
 */
package org.sigti.maintenance;
