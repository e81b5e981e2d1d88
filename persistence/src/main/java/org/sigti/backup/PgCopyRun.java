package org.sigti.backup;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One run of pg_dump for a case: RUNNING while the file grows (bytes_written, updated in bulk by the worker so
 * that the row's version stays the worker's), then DONE with the backup copy it
 * registered and the row counts of the key tables read in the dump's snapshot, or FAILED with the reason. A failed
 * verification of its copy links the incident case it opened.
 */
@Entity
@Table(name = "pg_copy_run")
public class PgCopyRun {

    public static final int MESSAGE_MAXLENGTH = 2000;

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "target_id", nullable = false)
    private long targetId;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "task_id")
    private Long taskId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PgCopyStatus status;

    @Column(name = "started_by", nullable = false, length = 100)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "bytes_written", nullable = false)
    private long bytesWritten;

    @Column(name = "expected_bytes")
    private Long expectedBytes;

    @Column(name = "file_name", length = BackupCopy.FILE_NAME_MAXLENGTH)
    private String fileName;

    @Column(length = MESSAGE_MAXLENGTH)
    private String message;

    @Column(name = "copy_id")
    private Long copyId;

    @Column(name = "incident_case_id")
    private Long incidentCaseId;

    /** The server that runs the dump (its WildFly node name): the one that cleans up after a crash. */
    @Column(name = "node_name", updatable = false, length = 100)
    private String nodeName;

    @ElementCollection
    @CollectionTable(name = "pg_copy_count", joinColumns = @JoinColumn(name = "run_id"))
    @MapKeyColumn(name = "table_name", length = 300)
    @Column(name = "row_count", nullable = false)
    private Map<String, Long> rowCounts = new LinkedHashMap<>();

    @Version
    private long version;

    protected PgCopyRun() {
        // for JPA
    }

    public PgCopyRun(long targetId, long caseId, Long taskId, String startedBy, Instant startedAt, String nodeName) {
        this.nodeName = nodeName;
        this.targetId = targetId;
        this.caseId = caseId;
        this.taskId = taskId;
        this.startedBy = requireNonNull(startedBy, "Starter is required.");
        this.startedAt = requireNonNull(startedAt, "Start time is required.");
        this.status = PgCopyStatus.RUNNING;
    }

    /** The dump started: its file and the database size pg_database_size gave (the progress bar's 100 %). */
    public void dumping(String fileName, Long expectedBytes) {
        this.fileName = fileName;
        this.expectedBytes = expectedBytes;
    }

    /** The dump is complete and registered as {@code copyId}; {@code counts} were read in its snapshot. */
    public void done(long copyId, long bytesWritten, Map<String, Long> counts, Instant at) {
        this.status = PgCopyStatus.DONE;
        this.copyId = copyId;
        this.bytesWritten = bytesWritten;
        this.rowCounts.clear();
        this.rowCounts.putAll(counts);
        this.finishedAt = at;
        this.message = null;
    }

    public void failed(String reason, Instant at) {
        this.status = PgCopyStatus.FAILED;
        this.message = reason == null ? null
                : reason.length() > MESSAGE_MAXLENGTH ? reason.substring(0, MESSAGE_MAXLENGTH) : reason;
        this.finishedAt = at;
    }

    public String getNodeName() {
        return nodeName;
    }

    /** A verification of this run's copy failed and opened {@code caseId}. */
    public void incident(long caseId) {
        this.incidentCaseId = caseId;
    }

    public Long getId() {
        return id;
    }

    public long getTargetId() {
        return targetId;
    }

    public long getCaseId() {
        return caseId;
    }

    public Long getTaskId() {
        return taskId;
    }

    public PgCopyStatus getStatus() {
        return status;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public long getBytesWritten() {
        return bytesWritten;
    }

    public Long getExpectedBytes() {
        return expectedBytes;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMessage() {
        return message;
    }

    public Long getCopyId() {
        return copyId;
    }

    public Long getIncidentCaseId() {
        return incidentCaseId;
    }

    /** Rows per key table ("schema.table") at dump time. */
    public Map<String, Long> getRowCounts() {
        return rowCounts;
    }
}
