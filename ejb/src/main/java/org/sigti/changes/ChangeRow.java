package org.sigti.changes;

import java.io.Serializable;
import java.time.Instant;

/**
 * A change of the history as "Cambios" lists it: when it went live and who approved it, the system, the case it came
 * from, what changed, the version, the rollback plan, and the copy taken before it (its number and file) or the
 * waiver (its reason and who gave it), or neither for a new system's first release.
 */
public record ChangeRow(long id, Instant approvedAt, String approvedBy, long systemId, String systemCode,
        String systemName, long caseId, String caseNumber, String procedureCode, String summary, String versionRef,
        String rollbackPlan, Long copyId, String copyFileName, Instant copyTakenAt, String waiverReason,
        String waivedBy, boolean firstRelease) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Whether the change went live under a waiver instead of a copy. */
    public boolean waived() {
        return copyId == null && !firstRelease;
    }
}
