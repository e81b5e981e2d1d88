package org.sigti.backup;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A restore done: its case, the copy restored (a SIGTI copy: its number and file; or a copy made outside SIGTI: where
 * it is, which copy and its date), what was restored and by whom.
 */
public record RestoreRow(long caseId, String caseNumber, Long copyId, String copyFileName, String targetKind,
        String targetName, LocalDate upToDate, boolean overwrites, String restoredBy, Instant restoredAt,
        OutsideCopy outsideCopy) implements Serializable {

    /** Whether the copy restored was made outside SIGTI. */
    public boolean outside() {
        return outsideCopy != null;
    }
}
