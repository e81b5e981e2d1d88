package org.sigti.accounts.review;

import java.io.Serializable;

/**
 * One account of a review's unit with the decision taken on it (null while undecided), and the number of the removal
 * case a revocation opened.
 */
public record ReviewAccountRow(long accountId, String platformCode, String accountName, String personUsername,
        String personName, String status, String decision, String reason, String decidedBy, String removalCase)
        implements Serializable {
}
