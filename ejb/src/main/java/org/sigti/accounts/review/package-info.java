/**
 * The semiannual access review (issue 6 item 7; procedures.md E8 steps 11-17, S3 row 22): the semester calendar and
 * its persistent timer ({@link org.sigti.accounts.review.AccessReviewTimer}), the planner that opens one review case
 * per unit and semester ({@link org.sigti.accounts.review.AccessReviewPlanner}), and the secured service of the
 * review screen ({@link org.sigti.accounts.review.AccessReviews}). Cases move only through the workflow kernel;
 * revocations become S04.03.01.02 removal cases. Never imports jakarta.faces.
 */
package org.sigti.accounts.review;
