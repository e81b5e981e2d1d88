package org.sigti.maintenance;

import java.time.Instant;
import java.util.function.Function;

import org.sigti.inventory.ItSystem;
import org.sigti.workflow.CaseRequest;

/**
 * One item of a semester's plan is due, in the plan's own terms ({@link PlanKind}): a system's preventive
 * maintenance or its security evaluation for the semester beginning, or the restore or backup report of the semester
 * just ended. Fired by {@link SemesterPlanWriter} once per item, after the item's row is written (a duplicate fails
 * before), in the plan run's transaction. The procedure the manual gives that kind of work observes it and opens its
 * case; the writer links the item to the case. A report's document (PDF) comes with the event: the procedure attaches
 * it to the step it belongs to.
 */
public final class SemesterWorkDue extends CaseRequest {

    private final PlanKind kind;
    private final Semester semester;
    private final ItSystem system;
    private final String onBehalfOf;
    private final String fileName;
    private final Function<Instant, byte[]> document;

    private SemesterWorkDue(PlanKind kind, Semester semester, ItSystem system, String onBehalfOf, String fileName,
            Function<Instant, byte[]> document) {
        this.kind = kind;
        this.semester = semester;
        this.system = system;
        this.onBehalfOf = onBehalfOf;
        this.fileName = fileName;
        this.document = document;
    }

    static SemesterWorkDue ofSystem(PlanKind kind, Semester semester, ItSystem system, String onBehalfOf) {
        return new SemesterWorkDue(kind, semester, system, onBehalfOf, null, null);
    }

    static SemesterWorkDue report(PlanKind kind, Semester semester, String onBehalfOf, String fileName,
            Function<Instant, byte[]> document) {
        return new SemesterWorkDue(kind, semester, null, onBehalfOf, fileName, document);
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

    /** The report's file name; null for a system's work. */
    public String fileName() {
        return fileName;
    }

    /** The report's PDF as of {@code now}; null for a system's work. */
    public byte[] document(Instant now) {
        return document == null ? null : document.apply(now);
    }
}
