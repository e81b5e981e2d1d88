/**
 * The backup family: SEPREM-DI-008.2 and 008.3 (procedures.md C10, C11), MINDEF's S04.03.02.01 (E12) and
 * S04.03.03.01 (E14). Their cases are opened by the clock (a schedule's timer, {@code org.sigti.backup.BackupTimers});
 * the steps register the copies (backup_copy) and their verification through {@code org.sigti.backup.BackupRecords}.
 * The MINDEF procedures' annual cronogramas (steps 1–2 and 1–3) are cases of their own, filed once a year by a person:
 * S04.03.02.01.C and S04.03.03.01.C. Also S04.03.02.02 (E13), the restore requests, and its semiannual Informe de
 * copia de restauración.
 */
package org.sigti.procedure.backup;
