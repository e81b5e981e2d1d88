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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The Responsable's decision on one account in an access review: confirmed, or revoked with a reason. It may change
 * while the review is open; once the review is completed, a revocation names the removal case (S04.03.01.02) opened
 * for the person.
 */
@Entity
@Table(name = "access_review_decision")
public class AccessReviewDecision {

    public static final int REASON_MAXLENGTH = 1000;

    /** What the Responsable decided. */
    public enum Decision {
        CONFIRM, REVOKE
    }

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "review_id", nullable = false, updatable = false)
    private long reviewId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "person_username", nullable = false, updatable = false, length = 100)
    private String personUsername;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Decision decision;

    @Column(length = REASON_MAXLENGTH)
    private String reason;

    @Column(name = "decided_by", nullable = false, length = 100)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(name = "removal_case_id")
    private Long removalCaseId;

    @Version
    private long version;

    protected AccessReviewDecision() {
    }

    public AccessReviewDecision(long reviewId, long accountId, String personUsername) {
        this.reviewId = reviewId;
        this.accountId = accountId;
        this.personUsername = requireNonNull(personUsername, "The person is required.");
    }

    /** Records (or changes) the decision; a revocation needs its reason. */
    public void decide(Decision decision, String reason, String by, Instant at) {
        requireNonNull(decision, "The decision is required.");
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (decision == Decision.REVOKE && why == null) {
            throw new IllegalArgumentException("A revocation needs its reason.");
        }
        if (why != null && why.length() > REASON_MAXLENGTH) {
            throw new IllegalArgumentException("The reason is too long.");
        }
        this.decision = decision;
        this.reason = why;
        this.decidedBy = requireNonNull(by);
        this.decidedAt = requireNonNull(at);
    }

    /** The removal case the revocation opened. */
    public void removedBy(long caseId) {
        this.removalCaseId = caseId;
    }

    public Long getId() {
        return id;
    }

    public long getReviewId() {
        return reviewId;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getPersonUsername() {
        return personUsername;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getReason() {
        return reason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Long getRemovalCaseId() {
        return removalCaseId;
    }
}
