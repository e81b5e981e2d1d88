package org.sigti.maintenance;

/**
 * What a semester's plan holds: the preventive maintenance of a system ("a) Mantenimiento Preventivo" of
 * DPG/ESIN-PRO-5), its security and vulnerability evaluation (semestral, same manual), the semiannual Informe de
 * copia de restauración of S04.03.02.02 (steps 20–22) and the semiannual Informe de copia de respaldo of S04.03.02.01
 * (steps 12–14).
 */
public enum PlanKind {
    PREVENTIVE, SECURITY, RESTORE_REPORT, BACKUP_REPORT
}
