package org.sigti.accounts;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A unit's semiannual access review (procedures.md E8 steps 11-17, S3 row 22): opened once per unit and semester by
 * SIGTI, with the case the unit's Responsable works on; OPEN while accounts are being confirmed or revoked, DONE once
 * the Responsable completed it (the revocations then run as removal cases).
 */
@Entity
@Table(name = "access_review")
@NamedQuery(name = "AccessReview.findByCase", query = "select r from AccessReview r where r.caseId = :caseId")
@NamedQuery(name = "AccessReview.findByUnitAndSemester",
        query = "select r from AccessReview r where r.unitCode = :unit and r.semester = :semester")
public class AccessReview {

    public static final int UNIT_MAXLENGTH = 20;
    public static final int SEMESTER_MAXLENGTH = 7;

    /** Where a review stands. */
    public enum Status {
        OPEN, DONE
    }

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "unit_code", nullable = false, updatable = false, length = UNIT_MAXLENGTH)
    private String unitCode;

    /** {@code 2026-1}, {@code 2026-2}: the year and the number of the semester in it. */
    @Column(nullable = false, updatable = false, length = SEMESTER_MAXLENGTH)
    private String semester;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "completed_by", length = 100)
    private String completedBy;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Version
    private long version;

    protected AccessReview() {
    }

    public AccessReview(String unitCode, String semester, long caseId, Instant openedAt) {
        this.unitCode = requireNonNull(unitCode, "The unit is required.");
        this.semester = requireNonNull(semester, "The semester is required.");
        this.caseId = caseId;
        this.openedAt = requireNonNull(openedAt, "The opening instant is required.");
        this.status = Status.OPEN;
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    /** The Responsable completed the review: it changes no more. */
    public void complete(String by, Instant at) {
        if (!isOpen()) {
            throw new IllegalStateException("access review " + id + " is already completed");
        }
        this.status = Status.DONE;
        this.completedBy = requireNonNull(by);
        this.completedAt = requireNonNull(at);
    }

    public Long getId() {
        return id;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getSemester() {
        return semester;
    }

    public long getCaseId() {
        return caseId;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public String getCompletedBy() {
        return completedBy;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }
}
