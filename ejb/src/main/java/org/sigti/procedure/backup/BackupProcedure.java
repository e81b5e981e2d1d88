package org.sigti.procedure.backup;

import jakarta.inject.Inject;

import org.sigti.backup.BackupRecords;
import org.sigti.workflow.DeclaredProcedure;
import org.sigti.workflow.Transition;

/**
 * What the backup procedures' steps write besides the case, as hooks their declarations bind: the copy a step
 * registers, its verification, and the schedule's task done when the case ends.
 */
abstract class BackupProcedure extends DeclaredProcedure {

    @Inject
    BackupRecords records;

    /** The copy the step identifies (required, unless SIGTI's own pg_dump registered it). */
    void registerCopy(Transition t) {
        records.register(t, BackupSteps.COPY, true, null);
    }

    /** The copy a daily check saw, if the technician identifies it, checked by them: without error or not. */
    void registerCheckedCopy(Transition t) {
        records.register(t, BackupSteps.COPY, false, t.took(BackupRecords.NO_ERROR));
    }

    /** The integrity check of the case's latest copy. */
    void verifyCopy(Transition t) {
        records.verify(t, BackupSteps.COPY, t.took(BackupRecords.VERIFIED));
    }

    /** The case ended: its schedule's run is done. */
    void closeTask(Transition t) {
        records.taskDone(t.caseId());
    }
}
