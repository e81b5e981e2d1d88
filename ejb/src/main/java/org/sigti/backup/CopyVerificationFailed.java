package org.sigti.backup;

import org.sigti.workflow.CaseRequest;

/**
 * A pg_dump copy failed its verification (checksum, restore or row counts): fired by {@link PgCopyLedger} in the
 * transaction that marks the copy FAILED. The infrastructure-incident procedure observes it and opens its case in the
 * infrastructure queue; the ledger links that case to the copy's run.
 */
public final class CopyVerificationFailed extends CaseRequest {

    private final BackupCopy copy;
    private final String detail;
    private final String verifiedBy;

    CopyVerificationFailed(BackupCopy copy, String detail, String verifiedBy) {
        this.copy = copy;
        this.detail = detail;
        this.verifiedBy = verifiedBy;
    }

    /** The copy, already marked FAILED. */
    public BackupCopy copy() {
        return copy;
    }

    /** What failed, as recorded on the copy. */
    public String detail() {
        return detail;
    }

    /** Who ran the verification. */
    public String verifiedBy() {
        return verifiedBy;
    }
}
