package org.sigti.maintenance;

import org.sigti.inventory.ItSystem;
import org.sigti.workflow.CaseRequest;

/**
 * One item of a semester's plan is due, in the plan's own terms ({@link PlanKind}): a system's preventive
 * maintenance or its security evaluation for the semester beginning, or the restore or backup report of the semester
 * just ended. Fired by {@link SemesterPlanWriter} once per item, after the item's row is written (a duplicate fails
 * before), in the plan run's transaction. The procedure the manual gives that kind of work observes it and opens its
 * case; the writer links the item to the case. A report's procedure attaches its own document (PDF) to the case.
 */
public final class SemesterWorkDue extends CaseRequest {

    private final PlanKind kind;
    private final Semester semester;
    private final ItSystem system;
    private final String onBehalfOf;

    private SemesterWorkDue(PlanKind kind, Semester semester, ItSystem system, String onBehalfOf) {
        this.kind = kind;
        this.semester = semester;
        this.system = system;
        this.onBehalfOf = onBehalfOf;
    }

    static SemesterWorkDue ofSystem(PlanKind kind, Semester semester, ItSystem system, String onBehalfOf) {
        return new SemesterWorkDue(kind, semester, system, onBehalfOf);
    }

    static SemesterWorkDue report(PlanKind kind, Semester semester, String onBehalfOf) {
        return new SemesterWorkDue(kind, semester, null, onBehalfOf);
    }

    public PlanKind kind() {
        return kind;
    }

    public Semester semester() {
        return semester;
    }

    /** The system a maintenance or an evaluation is about; null for a report. */
    public ItSystem system() {
        return system;
    }

    /** Whose calendar (or which person's "generate now") opens it. */
    public String onBehalfOf() {
        return onBehalfOf;
    }
}
