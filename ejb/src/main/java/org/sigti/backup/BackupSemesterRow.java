package org.sigti.backup;

import java.io.Serializable;

/**
 * One schedule's runs and copies in a period, for the semiannual Informe de copia de respaldo: its runs planned in the
 * period by outcome, and the copies registered in the period by verification. The row without a schedule
 * ({@code scheduleName} null) holds the copies registered outside any schedule (a manual run of a case).
 */
public record BackupSemesterRow(String scheduleName, String procedureCode, String unitCode, long planned, long done,
        long open, long failed, long missed, long copies, long verified, long failedCopies, long bytes)
        implements Serializable {

    static BackupSemesterRow empty(String scheduleName, String procedureCode, String unitCode) {
        return new BackupSemesterRow(scheduleName, procedureCode, unitCode, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    BackupSemesterRow withCopies(long count, long ok, long bad, long size) {
        return new BackupSemesterRow(scheduleName, procedureCode, unitCode, planned, done, open, failed, missed, count,
                ok, bad, size);
    }
}
