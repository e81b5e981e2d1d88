package org.sigti.accounts.review;

/**
 * The institution whose manual schedules the semester's reconciliation and access reviews, told by the procedure that
 * answers them (which knows its manual): the reviews cover that institution's accounts only, and only its people read
 * or generate them.
 */
public interface ReviewInstitution {

    /** The code of the institution whose accounts are reviewed, e.g. {@code MINDEF}. */
    String code();
}
