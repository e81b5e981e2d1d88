package org.sigti.backup;

/**
 * The result of {@link PgCopies#verify(long)}, as recorded on the copy.
 *
 * @param incidentCaseId the S04.03.01.05 case opened when the verification failed, else null
 */
public record VerificationResult(long copyId, boolean verified, String detail, Long incidentCaseId,
        String incidentNumber) {
}
