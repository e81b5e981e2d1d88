package org.sigti.changes;

/**
 * A procedure's go-live, as its approval step hands it over: the case, the system by its code in the catalog, what
 * changed, the version (tag or commit, typed or pasted), the rollback plan and, optionally, the number of the backup
 * copy taken before it as typed (blank: the most recent copy of the system that protects the change).
 */
public record GoLive(long caseId, String systemCode, String summary, String versionRef, String rollbackPlan,
        String copyNumber) {
}
