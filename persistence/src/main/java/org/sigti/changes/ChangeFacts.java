package org.sigti.changes;

import static java.util.Objects.requireNonNull;

/**
 * What a go-live says about its change, as the procedure recorded it: the system (of the institution's catalog), the
 * case and procedure it came from, what changed, its version (a tag or a commit reference, typed or pasted) and the
 * rollback plan.
 */
public record ChangeFacts(String institutionCode, long systemId, long caseId, String caseNumber, String procedureCode,
        String summary, String versionRef, String rollbackPlan) {

    public ChangeFacts {
        requireNonNull(institutionCode, "Institution is required.");
        requireNonNull(caseNumber, "Case number is required.");
        requireNonNull(procedureCode, "Procedure is required.");
    }
}
