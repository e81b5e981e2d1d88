package org.sigti.inventory;

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

/**
 * One entry of the inventory of information systems' history: a system entered the inventory, or its version or
 * environment changed, from a case (MINDEF S04.02.00.01 step 43, S04.02.00.02 step 36), by whom and when. Never
 * updated nor deleted.
 */
@Entity
@Table(name = "it_system_release")
public class SystemRelease {

    public static final int VERSION_MAXLENGTH = 60;

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "system_id", nullable = false, updatable = false)
    private long systemId;

    @Column(name = "system_version", nullable = false, updatable = false, length = VERSION_MAXLENGTH)
    private String systemVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private SystemEnvironment environment;

    /** Whether this entry added the system to the catalog. */
    @Column(name = "first_entry", nullable = false, updatable = false)
    private boolean firstEntry;

    @Column(name = "case_id", updatable = false)
    private Long caseId;

    @Column(name = "case_number", updatable = false, length = 40)
    private String caseNumber;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected SystemRelease() {
        // for JPA
    }

    public SystemRelease(long systemId, String systemVersion, SystemEnvironment environment, boolean firstEntry,
            Long caseId, String caseNumber, String recordedBy, Instant recordedAt) {
        this.systemId = systemId;
        this.systemVersion = requireNonNull(systemVersion, "Version is required.");
        this.environment = requireNonNull(environment, "Environment is required.");
        this.firstEntry = firstEntry;
        this.caseId = caseId;
        this.caseNumber = caseNumber;
        this.recordedBy = requireNonNull(recordedBy, "Who records is required.");
        this.recordedAt = requireNonNull(recordedAt, "Record date is required.");
    }

    public Long getId() {
        return id;
    }

    public long getSystemId() {
        return systemId;
    }

    public String getSystemVersion() {
        return systemVersion;
    }

    public SystemEnvironment getEnvironment() {
        return environment;
    }

    public boolean isFirstEntry() {
        return firstEntry;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
