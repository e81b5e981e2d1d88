package org.sigti.quality;

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
 * A defect of the Informe de defectos (Formato N° 12 of S04.02.00.01, N° 7 of S04.02.00.02), found in a test cycle.
 * Life cycle: {@link Status#OPEN} when the QA analyst reports it; {@link Status#FIXED} when the programmer's fix comes
 * back; {@link Status#VERIFIED} when a later cycle confirms it. The way "no defects" out of step 22 / 14 is open only
 * when no defect is OPEN or FIXED.
 */
@Entity
@Table(name = "qa_defect")
public class QaDefect {

    /** How much the defect hurts. */
    public enum Severity {
        CRITICAL, HIGH, MEDIUM, LOW
    }

    /** Where the defect stands. */
    public enum Status {
        OPEN, FIXED, VERIFIED;

        /** Whether the defect still keeps the system in QA. */
        public boolean pending() {
            return this != VERIFIED;
        }
    }

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "record_id", nullable = false, updatable = false)
    private long recordId;

    @Column(name = "seq", nullable = false, updatable = false)
    private int seq;

    @Column(name = "test_cycle", nullable = false, updatable = false)
    private int cycle;

    @Column(name = "test_case_id")
    private Long testCaseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Severity severity;

    @Column(nullable = false, length = QaTestCase.TEXT_MAXLENGTH)
    private String description;

    @Column(name = "steps_to_reproduce", nullable = false, length = QaTestCase.TEXT_MAXLENGTH)
    private String stepsToReproduce;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(name = "reported_by", nullable = false, updatable = false, length = 100)
    private String reportedBy;

    @Column(name = "reported_at", nullable = false, updatable = false)
    private Instant reportedAt;

    @Column(name = "status_at", nullable = false)
    private Instant statusAt;

    @Version
    private long version;

    protected QaDefect() {
        // for JPA
    }

    public QaDefect(long recordId, int seq, int cycle, Long testCaseId, Severity severity, String description,
            String stepsToReproduce, String reportedBy, Instant reportedAt) {
        this.recordId = recordId;
        this.seq = seq;
        this.cycle = cycle;
        this.testCaseId = testCaseId;
        this.severity = requireNonNull(severity);
        this.description = requireNonNull(description);
        this.stepsToReproduce = requireNonNull(stepsToReproduce);
        this.reportedBy = requireNonNull(reportedBy);
        this.reportedAt = requireNonNull(reportedAt);
        this.status = Status.OPEN;
        this.statusAt = reportedAt;
    }

    public void changeTo(Status newStatus, Instant at) {
        this.status = requireNonNull(newStatus);
        this.statusAt = requireNonNull(at);
    }

    /** The code the report prints: DEF-01, DEF-02… */
    public String code() {
        return String.format("DEF-%02d", seq);
    }

    public Long getId() {
        return id;
    }

    public long getRecordId() {
        return recordId;
    }

    public int getSeq() {
        return seq;
    }

    public int getCycle() {
        return cycle;
    }

    public Long getTestCaseId() {
        return testCaseId;
    }

    public Severity getSeverity() {
        return severity;
    }

    public String getDescription() {
        return description;
    }

    public String getStepsToReproduce() {
        return stepsToReproduce;
    }

    public Status getStatus() {
        return status;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }
}
