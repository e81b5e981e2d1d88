/**
 * The semiannual access review (issue 6 item 7; procedures.md E8 steps 11-17, S3 row 22): the semester calendar and
 * its persistent timer ({@link org.sigti.accounts.review.AccessReviewTimer}), the planner that asks for one review case
 * per unit and semester ({@link org.sigti.accounts.review.AccessReviewPlanner}, by an
 * {@link org.sigti.accounts.review.AccessReviewDue} the review procedure answers), and the secured service of the
 * review screen ({@link org.sigti.accounts.review.AccessReviews}). Cases move only through the workflow kernel;
 * revocations become account-removal cases ({@link org.sigti.accounts.review.AccessRevoked}). Never imports
 * jakarta.faces nor a procedure.
 */
package org.sigti.accounts.review;
