package org.sigti.accounts.review;

import org.sigti.workflow.CaseRequest;

/**
 * A unit's access review of a semester is due: fired by {@link AccessReviewPlanner} (the semester's calendar, a
 * restart's catch-up or the Jefe's "Generar revisión ahora") under the calendar row's lock, once per unit and
 * semester. The review procedure observes it and opens the case its Responsable works on; the planner records the
 * {@code access_review} row with that case.
 */
public final class AccessReviewDue extends CaseRequest {

    private final String unit;
    private final String semester;
    private final String onBehalfOf;

    AccessReviewDue(String unit, String semester, String onBehalfOf) {
        this.unit = unit;
        this.semester = semester;
        this.onBehalfOf = onBehalfOf;
    }

    public String unit() {
        return unit;
    }

    public String semester() {
        return semester;
    }

    /** Whose calendar opens it (recorded on the case's trail). */
    public String onBehalfOf() {
        return onBehalfOf;
    }
}
