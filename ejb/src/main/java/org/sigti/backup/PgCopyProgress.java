package org.sigti.backup;

import java.io.Serializable;
import java.time.Instant;

/**
 * A pg_dump run as the progress screen and the backup procedure see it, with its copy's verification when made.
 *
 * @param expectedBytes the database size (pg_database_size) when the dump started; the compressed dump is smaller,
 *                      so {@link #percent()} is an estimate that ends at 100 when the run is done
 */
public record PgCopyProgress(long runId, long targetId, String targetName, long caseId, Long taskId,
        PgCopyStatus status, long bytesWritten, Long expectedBytes, Instant startedAt, Instant finishedAt,
        String fileName, String message, Long copyId, String sha256, CopyVerification verification,
        String verificationDetail, Long incidentCaseId) implements Serializable {

    public boolean running() {
        return status == PgCopyStatus.RUNNING;
    }

    /** 0-100 for the progress bar. */
    public int percent() {
        if (status != PgCopyStatus.RUNNING) {
            return 100;
        }
        if (expectedBytes == null || expectedBytes <= 0) {
            return 0;
        }
        return (int) Math.min(99, bytesWritten * 100 / expectedBytes);
    }
}
