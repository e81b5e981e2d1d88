package org.sigti.changes;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.sigti.unit.InstitutionOwned;

/**
 * A change that reached production on a system of the catalog: what changed, its version (a tag or a commit of the
 * system's repository), who approved it and when, the case it came from, the rollback plan, and what protected it:
 * the backup copy taken before it or the Responsable's waiver. Written once, when the go-live is approved; never
 * changed (a correction is a new change).
 */
@Entity
@Table(name = "system_change")
public class SystemChange implements InstitutionOwned {

    public static final int SUMMARY_MAXLENGTH = 4000;
    public static final int VERSION_MAXLENGTH = 200;
    public static final int ROLLBACK_MAXLENGTH = 4000;

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "institution_code", nullable = false, updatable = false, length = 20)
    private String institutionCode;

    @Column(name = "system_id", nullable = false, updatable = false)
    private long systemId;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "case_number", nullable = false, updatable = false, length = 30)
    private String caseNumber;

    @Column(name = "procedure_code", nullable = false, updatable = false, length = 40)
    private String procedureCode;

    @Column(nullable = false, updatable = false, length = SUMMARY_MAXLENGTH)
    private String summary;

    @Column(name = "version_ref", nullable = false, updatable = false, length = VERSION_MAXLENGTH)
    private String versionRef;

    @Column(name = "rollback_plan", nullable = false, updatable = false, length = ROLLBACK_MAXLENGTH)
    private String rollbackPlan;

    @Column(name = "approved_by", nullable = false, updatable = false, length = 100)
    private String approvedBy;

    @Column(name = "approved_at", nullable = false, updatable = false)
    private Instant approvedAt;

    @Column(name = "backup_copy_id", updatable = false)
    private Long backupCopyId;

    @Column(name = "waiver_id", updatable = false)
    private Long waiverId;

    @Column(name = "first_release", nullable = false, updatable = false)
    private boolean firstRelease;

    protected SystemChange() {
        // for JPA
    }

    private SystemChange(String institutionCode, long systemId, long caseId, String caseNumber, String procedureCode,
            String summary, String versionRef, String rollbackPlan, String approvedBy, Instant approvedAt,
            Long backupCopyId, Long waiverId, boolean firstRelease) {
        this.institutionCode = requireNonNull(institutionCode, "Institution is required.");
        this.systemId = systemId;
        this.caseId = caseId;
        this.caseNumber = requireNonNull(caseNumber, "Case number is required.");
        this.procedureCode = requireNonNull(procedureCode, "Procedure is required.");
        this.summary = required(summary, SUMMARY_MAXLENGTH, "What changed");
        this.versionRef = required(versionRef, VERSION_MAXLENGTH, "The version");
        this.rollbackPlan = required(rollbackPlan, ROLLBACK_MAXLENGTH, "The rollback plan");
        this.approvedBy = requireNonNull(approvedBy, "Approver is required.");
        this.approvedAt = requireNonNull(approvedAt, "Approval time is required.");
        if (firstRelease ? backupCopyId != null || waiverId != null : (backupCopyId == null) == (waiverId == null)) {
            throw new IllegalArgumentException("A change is protected by a backup copy or by a waiver, one of them;"
                    + " a first release by neither.");
        }
        this.firstRelease = firstRelease;
        this.backupCopyId = backupCopyId;
        this.waiverId = waiverId;
    }

    /** A change made after the backup copy {@code copyId} of its system. */
    public static SystemChange afterCopy(ChangeFacts facts, String approvedBy, Instant approvedAt, long copyId) {
        return new SystemChange(facts.institutionCode(), facts.systemId(), facts.caseId(), facts.caseNumber(),
                facts.procedureCode(), facts.summary(), facts.versionRef(), facts.rollbackPlan(), approvedBy,
                approvedAt, copyId, null, false);
    }

    /** A new system's first release: nothing was in production to copy before it (SEPREM-DI-003.1). */
    public static SystemChange firstRelease(ChangeFacts facts, String approvedBy, Instant approvedAt) {
        return new SystemChange(facts.institutionCode(), facts.systemId(), facts.caseId(), facts.caseNumber(),
                facts.procedureCode(), facts.summary(), facts.versionRef(), facts.rollbackPlan(), approvedBy,
                approvedAt, null, null, true);
    }

    /** A change made without a copy, under the Responsable's waiver {@code waiverId}. */
    public static SystemChange underWaiver(ChangeFacts facts, String approvedBy, Instant approvedAt, long waiverId) {
        return new SystemChange(facts.institutionCode(), facts.systemId(), facts.caseId(), facts.caseNumber(),
                facts.procedureCode(), facts.summary(), facts.versionRef(), facts.rollbackPlan(), approvedBy,
                approvedAt, null, waiverId, false);
    }

    private static String required(String value, int max, String what) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.length() > max) {
            throw new IllegalArgumentException(what + " is 1 to " + max + " characters.");
        }
        return v;
    }

    public Long getId() {
        return id;
    }

    @Override
    public String getInstitutionCode() {
        return institutionCode;
    }

    public long getSystemId() {
        return systemId;
    }

    public long getCaseId() {
        return caseId;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public String getProcedureCode() {
        return procedureCode;
    }

    public String getSummary() {
        return summary;
    }

    public String getVersionRef() {
        return versionRef;
    }

    public String getRollbackPlan() {
        return rollbackPlan;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public Long getBackupCopyId() {
        return backupCopyId;
    }

    public boolean isFirstRelease() {
        return firstRelease;
    }

    public Long getWaiverId() {
        return waiverId;
    }
}
