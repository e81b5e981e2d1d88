package org.sigti.backup;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A restore done: its case, the copy restored, what was restored and by whom. */
public record RestoreRow(long caseId, String caseNumber, long copyId, String copyFileName, String targetKind,
        String targetName, LocalDate upToDate, boolean overwrites, String restoredBy, Instant restoredAt)
        implements Serializable {
}
