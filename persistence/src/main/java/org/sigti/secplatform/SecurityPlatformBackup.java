package org.sigti.secplatform;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.YearMonth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A backup of a security platform (S04.04.00.01 step 10, "de manera mensual ... en el servidor virtual"), one per
 * case. Life cycle: opened for a month ({@link #scheduled} when SIGTI's monthly calendar opened its case, otherwise by
 * a técnico's choice at step 4), then {@link #done} once, with the file and where it is stored.
 */
@Entity
@Table(name = "security_platform_backup")
public class SecurityPlatformBackup {

    public static final int FILE_MAXLENGTH = 300;

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "platform_id", nullable = false, updatable = false)
    private long platformId;

    @Column(nullable = false, updatable = false, length = 7)
    private String period;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(nullable = false, updatable = false)
    private boolean scheduled;

    @Column(name = "file_name", length = FILE_MAXLENGTH)
    private String fileName;

    @Column(length = FILE_MAXLENGTH)
    private String location;

    @Column(name = "done_by", length = 100)
    private String doneBy;

    @Column(name = "done_at")
    private Instant doneAt;

    @Version
    private long version;

    protected SecurityPlatformBackup() {
        // for JPA
    }

    public SecurityPlatformBackup(long platformId, YearMonth period, long caseId, boolean scheduled) {
        this.platformId = platformId;
        this.period = requireNonNull(period, "Period is required.").toString();
        this.caseId = caseId;
        this.scheduled = scheduled;
    }

    /** Step 10: the backup is made and stored; once. */
    public void done(String fileName, String location, String by, Instant now) {
        if (doneAt != null) {
            throw new IllegalStateException("The backup of case " + caseId + " is already recorded.");
        }
        this.fileName = requireNonNull(fileName, "File is required.").strip();
        this.location = requireNonNull(location, "Location is required.").strip();
        this.doneBy = requireNonNull(by);
        this.doneAt = requireNonNull(now);
    }

    public Long getId() {
        return id;
    }

    public long getPlatformId() {
        return platformId;
    }

    public String getPeriod() {
        return period;
    }

    public long getCaseId() {
        return caseId;
    }

    public boolean isScheduled() {
        return scheduled;
    }

    public String getFileName() {
        return fileName;
    }

    public String getLocation() {
        return location;
    }

    public String getDoneBy() {
        return doneBy;
    }

    public Instant getDoneAt() {
        return doneAt;
    }
}
