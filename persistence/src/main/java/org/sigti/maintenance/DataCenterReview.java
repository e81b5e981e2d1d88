package org.sigti.maintenance;

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
 * One answer of DIPEC (Dirección de Personal Civil) to a contractor's file, S04.03.01.03 step 10: each observation
 * sent back to OGTIE for correction, then the approval. Recorded by the infrastructure coordinator who received it
 * (DIPEC does not log in); never changed afterwards.
 */
@Entity
@Table(name = "data_center_review")
public class DataCenterReview {

    public static final int OBSERVATIONS_MAXLENGTH = 4000;

    /** What DIPEC answered. */
    public enum Verdict {
        OBSERVED, APPROVED
    }

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Verdict verdict;

    @Column(length = OBSERVATIONS_MAXLENGTH, updatable = false)
    private String observations;

    @Column(name = "recorded_by", nullable = false, length = 100, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected DataCenterReview() {
        // for JPA
    }

    /** DIPEC's answer; an observation says what is wrong. */
    public DataCenterReview(long caseId, Verdict verdict, String observations, String recordedBy, Instant now) {
        this.caseId = caseId;
        this.verdict = requireNonNull(verdict, "Verdict is required.");
        String text = observations == null || observations.isBlank() ? null : observations.strip();
        if (verdict == Verdict.OBSERVED && text == null) {
            throw new IllegalArgumentException("An observation says what is wrong.");
        }
        this.observations = text == null || text.length() <= OBSERVATIONS_MAXLENGTH ? text
                : text.substring(0, OBSERVATIONS_MAXLENGTH);
        this.recordedBy = requireNonNull(recordedBy, "Who records it is required.");
        this.recordedAt = requireNonNull(now);
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public String getObservations() {
        return observations;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
