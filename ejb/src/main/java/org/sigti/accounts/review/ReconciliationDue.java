package org.sigti.accounts.review;

import org.sigti.workflow.CaseRequest;

/**
 * The semester's reconciliation of all accounts with Human Resources' list of altas and bajas is due: fired by
 * {@link AccessReviewPlanner} (the semester's calendar, a restart's catch-up or the Jefe's "Generar revisión ahora")
 * under the calendar row's lock. The procedure that answers opens its case once per semester; asked again, it answers
 * the case it opened before.
 */
public final class ReconciliationDue extends CaseRequest {

    private final String semester;
    private final String onBehalfOf;

    ReconciliationDue(String semester, String onBehalfOf) {
        this.semester = semester;
        this.onBehalfOf = onBehalfOf;
    }

    public String semester() {
        return semester;
    }

    /** Whose calendar opens it (recorded on the case's trail). */
    public String onBehalfOf() {
        return onBehalfOf;
    }
}
