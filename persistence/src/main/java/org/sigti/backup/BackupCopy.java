package org.sigti.backup;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A backup copy as the manuals identify it (name, date, time) plus what SIGTI measures (size, SHA-256), where it was
 * moved (private cloud, external device...) and the integrity verification of step 7. Belongs to the case that
 * made it, and to the task of a schedule when the case was opened by one.
 */
@Entity
@Table(name = "backup_copy")
public class BackupCopy {

    public static final int FILE_NAME_MAXLENGTH = 300;
    public static final int LOCATIONS_MAXLENGTH = 500;
    public static final int DETAIL_MAXLENGTH = 2000;

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "task_id")
    private Long taskId;

    @Column(name = "file_name", nullable = false, length = FILE_NAME_MAXLENGTH)
    private String fileName;

    @Column(name = "taken_at", nullable = false)
    private Instant takenAt;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(nullable = false, length = LOCATIONS_MAXLENGTH)
    private String locations;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CopyMethod method;

    @Column(name = "registered_by", nullable = false, length = 100)
    private String registeredBy;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CopyVerification verification;

    @Column(name = "verified_by", length = 100)
    private String verifiedBy;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "verification_detail", length = DETAIL_MAXLENGTH)
    private String verificationDetail;

    /** The REST API's Idempotency-Key of the request that registered the copy (with {@link #registeredBy}). */
    @Column(name = "request_key", length = 255)
    private String requestKey;

    /** SHA-256 (hex) of what that request asked: the same key with another request is refused. */
    @Column(name = "request_fingerprint", length = 64)
    private String requestFingerprint;

    @Version
    private long version;

    protected BackupCopy() {
        // for JPA
    }

    public BackupCopy(long caseId, Long taskId, String fileName, Instant takenAt, long sizeBytes, String sha256,
            String locations, CopyMethod method, String registeredBy, Instant registeredAt) {
        this.caseId = caseId;
        this.taskId = taskId;
        this.fileName = requireNonNull(fileName, "File name is required.");
        this.takenAt = requireNonNull(takenAt, "Copy time is required.");
        this.sizeBytes = sizeBytes;
        this.sha256 = requireNonNull(sha256, "SHA-256 is required.");
        this.locations = requireNonNull(locations, "Locations are required.");
        this.method = requireNonNull(method, "Method is required.");
        this.registeredBy = requireNonNull(registeredBy, "Registrar is required.");
        this.registeredAt = requireNonNull(registeredAt, "Registration time is required.");
        this.verification = CopyVerification.PENDING;
    }

    /** Records the result of the integrity check. */
    public void verified(boolean ok, String by, Instant at, String detail) {
        this.verification = ok ? CopyVerification.VERIFIED : CopyVerification.FAILED;
        this.verifiedBy = requireNonNull(by, "Verifier is required.");
        this.verifiedAt = requireNonNull(at, "Verification time is required.");
        this.verificationDetail = detail;
    }

    /** The copy was registered by a request with this Idempotency-Key asking this (its fingerprint). */
    public void requestedWith(String key, String fingerprint) {
        this.requestKey = requireNonNull(key, "Key is required.");
        this.requestFingerprint = requireNonNull(fingerprint, "Fingerprint is required.");
    }

    public String getRequestFingerprint() {
        return requestFingerprint;
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public Long getTaskId() {
        return taskId;
    }

    public String getFileName() {
        return fileName;
    }

    public Instant getTakenAt() {
        return takenAt;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getLocations() {
        return locations;
    }

    public CopyMethod getMethod() {
        return method;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public CopyVerification getVerification() {
        return verification;
    }

    public String getVerifiedBy() {
        return verifiedBy;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public String getVerificationDetail() {
        return verificationDetail;
    }
}
