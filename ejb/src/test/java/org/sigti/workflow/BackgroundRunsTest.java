package org.sigti.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sigti.workflow.BackgroundTask.State;

/** A background run's progress and the audit check's report as the run keeps it. */
class BackgroundRunsTest {

    private static final Instant AT = Instant.parse("2026-12-07T20:00:00Z");

    @Test
    void the_report_kept_with_the_run_reads_back_as_it_was() {
        AuditChain.Report report = new AuditChain.Report(4_210, 31_877, List.of(
                new AuditChain.Problem("SOL-2026-000042", 7, "ALTERED"),
                new AuditChain.Problem("security_event", "MINDEF", 12, "LEDGER_GAP"),
                new AuditChain.Problem(AuditChain.ANCHORS, "*", 3, "ANCHOR_FORGED")));
        assertEquals(report, AuditRuns.report(AuditRuns.json(report)));
        AuditChain.Report intact = new AuditChain.Report(0, 0, List.of());
        assertEquals(intact, AuditRuns.report(AuditRuns.json(intact)));
    }

    @Test
    void progress_reads_as_a_percentage_and_a_run_ends_once() {
        assertEquals(25, new BackgroundTasks.Run(1, "AUDIT_CHECK", "auditor", AT, State.RUNNING, 1_000, 4_000, null,
                null).percent());
        assertEquals(0, new BackgroundTasks.Run(1, "AUDIT_CHECK", "auditor", AT, State.RUNNING, 0, 0, null, null)
                .percent());
        assertEquals(100, new BackgroundTasks.Run(1, "AUDIT_CHECK", "auditor", AT, State.DONE, 4_100, 4_000, AT,
                "{}").percent(), "cases filed during the check pass the total counted at its start");
        BackgroundTask task = new BackgroundTask("MINDEF", "AUDIT_CHECK", "auditor.mindef", AT);
        task.progress(10, 5);
        assertEquals(List.of(10L, 10L), List.of(task.getDone(), task.getTotal()));
        assertThrows(IllegalArgumentException.class, () -> task.end(State.RUNNING, null, AT));
        task.end(State.DONE, "{}", AT);
        assertEquals(State.DONE, task.getState());
    }
}
