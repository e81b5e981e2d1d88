package org.sigti.accounts.review;

import java.util.List;

import org.sigti.accounts.Account;
import org.sigti.workflow.CaseRequest;

/**
 * A completed access review revoked some of one person's accounts: fired by {@link AccessReviewPlanner#complete} in
 * the transaction of the reviewer's move, once per person. The account-removal procedure observes it and opens its
 * case (SIGTI completing the start step); the planner links the review's decisions to that case.
 *
 * @param revoked each revoked account with the reviewer's reason, in the order of the decisions
 */
public final class AccessRevoked extends CaseRequest {

    /** One revoked account and the reviewer's reason. */
    public record Revocation(Account account, String reason) {
    }

    private final String reviewCase;
    private final String unit;
    private final String semester;
    private final String reviewer;
    private final String person;
    private final List<Revocation> revoked;

    AccessRevoked(String reviewCase, String unit, String semester, String reviewer, String person,
            List<Revocation> revoked) {
        this.reviewCase = reviewCase;
        this.unit = unit;
        this.semester = semester;
        this.reviewer = reviewer;
        this.person = person;
        this.revoked = List.copyOf(revoked);
    }

    /** The review case's number. */
    public String reviewCase() {
        return reviewCase;
    }

    public String unit() {
        return unit;
    }

    public String semester() {
        return semester;
    }

    /** Who completed the review. */
    public String reviewer() {
        return reviewer;
    }

    /** The user name of the person whose accounts were revoked. */
    public String person() {
        return person;
    }

    public List<Revocation> revoked() {
        return revoked;
    }
}
