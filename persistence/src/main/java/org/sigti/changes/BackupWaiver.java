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
 * A Responsable's explicit waiver of the backup copy a change to production needs ("antes de cada mantenimiento"):
 * for one case and one system, with its reason, who and when. Written once, never changed; it is also a security
 * event of kind BACKUP_WAIVED.
 */
@Entity
@Table(name = "change_backup_waiver")
public class BackupWaiver implements InstitutionOwned {

    public static final int REASON_MAXLENGTH = 2000;

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "institution_code", nullable = false, updatable = false, length = 20)
    private String institutionCode;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "system_id", nullable = false, updatable = false)
    private long systemId;

    @Column(nullable = false, updatable = false, length = REASON_MAXLENGTH)
    private String reason;

    @Column(name = "waived_by", nullable = false, updatable = false, length = 100)
    private String waivedBy;

    @Column(name = "waived_at", nullable = false, updatable = false)
    private Instant waivedAt;

    protected BackupWaiver() {
        // for JPA
    }

    public BackupWaiver(String institutionCode, long caseId, long systemId, String reason, String waivedBy,
            Instant waivedAt) {
        this.institutionCode = requireNonNull(institutionCode, "Institution is required.");
        this.caseId = caseId;
        this.systemId = systemId;
        this.reason = requireNonNull(reason, "Reason is required.").strip();
        if (this.reason.isEmpty() || this.reason.length() > REASON_MAXLENGTH) {
            throw new IllegalArgumentException("A waiver's reason is 1 to " + REASON_MAXLENGTH + " characters.");
        }
        this.waivedBy = requireNonNull(waivedBy, "Who waives is required.");
        this.waivedAt = requireNonNull(waivedAt, "Time is required.");
    }

    public Long getId() {
        return id;
    }

    @Override
    public String getInstitutionCode() {
        return institutionCode;
    }

    public long getCaseId() {
        return caseId;
    }

    public long getSystemId() {
        return systemId;
    }

    public String getReason() {
        return reason;
    }

    public String getWaivedBy() {
        return waivedBy;
    }

    public Instant getWaivedAt() {
        return waivedAt;
    }
}
