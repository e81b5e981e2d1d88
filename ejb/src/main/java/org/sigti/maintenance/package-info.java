/**
 * Semiannual plans (procedures.md A1, S3): the semester's preventive maintenance and security evaluation per active
 * system, the restore report, the timer that opens them and the preventive-maintenance indicator. Depends on the
 * workflow kernel (cases are opened with CaseEngine.startBySystem) and on the catalog of systems.
 * Also equipment maintenance (SEPREM-DI-006.1, S04.03.04.03: the equipment's state while it is maintained, the annual
 * preventive plan) and the data-center visitor log (S04.03.01.03). Writes only inside the transaction of a case's
 * move or of a plan run; depends on the inventory's entities and on the workflow kernel, never on jakarta.faces.
 */
package org.sigti.maintenance;
