package org.sigti.satisfaction;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * The requester's rating of a closed case: a score from 1 to 5 and an optional comment, given once and never changed.
 * It keeps what the indicators group by as it was when rated: the case's institution and procedure, the unit that
 * closed it and the month it closed ({@code YYYY-MM}).
 */
@Entity
@Table(name = "case_rating")
@NamedQuery(name = "CaseRating.findByCase", query = "select r from CaseRating r where r.caseId = :caseId")
public class CaseRating {

    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 5;
    public static final int COMMENT_MAXLENGTH = 1000;

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false, unique = true)
    private long caseId;

    @Column(name = "institution_code", nullable = false, updatable = false, length = 20)
    private String institutionCode;

    @Column(name = "procedure_code", nullable = false, updatable = false, length = 40)
    private String procedureCode;

    @Column(name = "unit_code", updatable = false, length = 20)
    private String unitCode;

    @Column(name = "closed_month", nullable = false, updatable = false, length = 7)
    private String period;

    @Column(nullable = false, updatable = false)
    private int score;

    @Column(name = "rating_comment", updatable = false, length = COMMENT_MAXLENGTH)
    private String comment;

    @Column(name = "rated_by", nullable = false, updatable = false, length = 100)
    private String ratedBy;

    @Column(name = "rated_at", nullable = false, updatable = false)
    private Instant ratedAt;

    protected CaseRating() {
    }

    public CaseRating(long caseId, String institutionCode, String procedureCode, String unitCode, String period,
            int score, String comment, String ratedBy, Instant ratedAt) {
        if (score < MIN_SCORE || score > MAX_SCORE) {
            throw new IllegalArgumentException("A score is from 1 to 5.");
        }
        this.caseId = caseId;
        this.institutionCode = requireNonNull(institutionCode, "The institution is required.");
        this.procedureCode = requireNonNull(procedureCode, "The procedure is required.");
        this.unitCode = unitCode;
        this.period = requireNonNull(period, "The period is required.");
        this.score = score;
        this.comment = comment;
        this.ratedBy = requireNonNull(ratedBy, "Who rated is required.");
        this.ratedAt = requireNonNull(ratedAt, "When it was rated is required.");
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public String getInstitutionCode() {
        return institutionCode;
    }

    public String getProcedureCode() {
        return procedureCode;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getPeriod() {
        return period;
    }

    public int getScore() {
        return score;
    }

    public String getComment() {
        return comment;
    }

    public String getRatedBy() {
        return ratedBy;
    }

    public Instant getRatedAt() {
        return ratedAt;
    }
}
