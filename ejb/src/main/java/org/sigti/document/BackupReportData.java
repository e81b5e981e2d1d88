package org.sigti.document;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * What the Informe de ejecución de copias de respaldo says (SEPREM-DI-008.2/008.3 step 8; the per-run record of
 * S04.03.02.01 and S04.03.03.01): the run, its schedule, the copies with their verification, and the case's trail.
 */
public record BackupReportData(Letterhead letterhead, String caseNumber, String procedureCode, String procedureName,
        String scheduleName, String target, String plannedAt, boolean catchUp, String status, String tecnico,
        String locations, List<Copy> copies, List<ClosingRecordData.HistoryLine> history, Instant generatedAt,
        ZoneId zone) {

    /** One registered copy. */
    public record Copy(String fileName, Instant takenAt, long sizeBytes, String sha256, String locations,
            String registeredBy, String verification, String verifiedBy, Instant verifiedAt, String detail) {
    }

    public BackupReportData {
        copies = List.copyOf(copies);
        history = List.copyOf(history);
    }
}
