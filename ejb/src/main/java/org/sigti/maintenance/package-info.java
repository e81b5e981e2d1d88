/**
 * Semiannual plans (procedures.md A1, S3): the semester's preventive maintenance and security evaluation per active
 * system, the restore report, the timer that opens them and the preventive-maintenance indicator. Depends on the
 * workflow kernel (cases are opened with CaseEngine.startBySystem) and on the catalog of systems.
 */
package org.sigti.maintenance;
