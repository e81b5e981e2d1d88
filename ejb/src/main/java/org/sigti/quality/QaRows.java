package org.sigti.quality;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

import org.sigti.quality.QaDefect.Severity;
import org.sigti.quality.QaDefect.Status;
import org.sigti.quality.QaTestCase.Priority;
import org.sigti.quality.QaTestRun.Verdict;

/** What the screens and the PDFs read of a case's quality assurance, and what they hand in. */
public final class QaRows {

    private QaRows() {
    }

    /**
     * The QA record of a case as its page heads it; {@code mayEdit} when the caller is the case's QA analyst and the
     * case still runs.
     */
    public record Sheet(long caseId, String caseNumber, String caseTitle, String procedureCode, String matrixFormat,
            String defectsFormat, String analyst,
            Integer interfaces, Integer windowDays, LocalDate startsOn, LocalDate dueOn, int cycle, long testCases,
            long defects, long pendingDefects, boolean mayEdit) implements Serializable {
    }

    /** A row of the matrix with its result in the cycle asked for (null when not run in it). */
    public record TestCaseRow(long id, int seq, String functionality, String description, String preconditions,
            String steps, String expected, Priority priority, String obtained, Verdict verdict)
            implements Serializable {

        public String code() {
            return QaTestCase.code(seq);
        }
    }

    /** A defect of the report, with the code of the test case that found it (null when none). */
    public record DefectRow(long id, int seq, int cycle, String testCase, Severity severity, String description,
            String stepsToReproduce, Status status, String reportedBy, Instant reportedAt) implements Serializable {

        public String code() {
            return String.format("DEF-%02d", seq);
        }
    }

    /** A test case as the analyst designs it. */
    public record TestCaseDraft(String functionality, String description, String preconditions, String steps,
            String expected, Priority priority) implements Serializable {
    }

    /** A defect as the analyst reports it; {@code testCaseId} may be null. */
    public record DefectDraft(Long testCaseId, Severity severity, String description, String stepsToReproduce)
            implements Serializable {
    }
}
