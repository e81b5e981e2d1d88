package org.sigti.backup;

import java.io.Serializable;
import java.time.Instant;

/** A backup copy as the restore screens list it: number, file, when, size, integrity, where, and what it copies. */
public record CopyRow(long id, long caseId, String fileName, Instant takenAt, long sizeBytes, String verification,
        String locations, String target) implements Serializable {

    static CopyRow of(BackupCopy copy, String target) {
        return new CopyRow(copy.getId(), copy.getCaseId(), copy.getFileName(), copy.getTakenAt(), copy.getSizeBytes(),
                copy.getVerification().name(), copy.getLocations(), target);
    }

    public boolean verified() {
        return CopyVerification.VERIFIED.name().equals(verification);
    }
}
