package org.sigti.maintenance;

import java.io.Serializable;
import java.time.Instant;

/** A plan item as the calendar and the indicators page show it: semester, kind, system, its case and state. */
public record PlanItemRow(long id, String semester, String kind, String subject, Long caseId, String caseNumber,
        String caseStatus, String caseOutcome, Instant createdAt) implements Serializable {

    /** Whether its case ended done (the indicator's "ejecutado"). */
    public boolean executed() {
        return "CLOSED".equals(caseStatus) && "DONE".equals(caseOutcome);
    }
}
