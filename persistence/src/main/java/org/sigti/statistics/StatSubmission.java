package org.sigti.statistics;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One upload of a due table: accepted (its cells are a new version of the period's data) or refused (its rejected
 * rows are kept for the report; no cell is stored).
 */
@Entity
@Table(name = "stat_submission")
public class StatSubmission {

    public static final String ACCEPTED = "ACCEPTED";
    public static final String REJECTED = "REJECTED";
    public static final int FILE_NAME_MAXLENGTH = 200;

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "due_id", nullable = false, updatable = false)
    private long dueId;

    @Column(nullable = false, updatable = false)
    private int attempt;

    @Column(name = "data_version", updatable = false)
    private Integer dataVersion;

    @Column(nullable = false, updatable = false, length = 10)
    private String outcome;

    @Column(name = "file_name", nullable = false, updatable = false, length = FILE_NAME_MAXLENGTH)
    private String fileName;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "row_count", nullable = false, updatable = false)
    private int rowCount;

    @Column(name = "rejected_rows", nullable = false, updatable = false)
    private int rejectedRows;

    @Column(name = "uploaded_by", nullable = false, updatable = false, length = 100)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected StatSubmission() {
        // for JPA
    }

    public StatSubmission(long dueId, int attempt, Integer dataVersion, String fileName, long sizeBytes, int rowCount,
            int rejectedRows, String uploadedBy, Instant uploadedAt) {
        this.dueId = dueId;
        this.attempt = attempt;
        this.dataVersion = dataVersion;
        this.outcome = dataVersion == null ? REJECTED : ACCEPTED;
        this.fileName = fileName;
        this.sizeBytes = sizeBytes;
        this.rowCount = rowCount;
        this.rejectedRows = rejectedRows;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public long getDueId() {
        return dueId;
    }

    public int getAttempt() {
        return attempt;
    }

    public Integer getDataVersion() {
        return dataVersion;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getFileName() {
        return fileName;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public int getRowCount() {
        return rowCount;
    }

    public int getRejectedRows() {
        return rejectedRows;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
