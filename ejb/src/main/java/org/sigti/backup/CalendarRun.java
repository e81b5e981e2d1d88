package org.sigti.backup;

import java.io.Serializable;
import java.time.Instant;

/**
 * One entry of the backup calendar: a planned run of a schedule ({@code PLANNED}), a past run (a backup_task, with
 * its status and case), or an item of a semester's plan ({@code PLAN}, with its case).
 *
 * @param status   for a task its {@code BackupTaskStatus}; for a plan item the state of its case (OPEN, DONE or
 *                 CLOSED); null for a planned run
 * @param planKind for a plan item its {@code PlanKind} (PREVENTIVE, SECURITY, RESTORE_REPORT), else null
 */
public record CalendarRun(String kind, String title, Instant start, String status, Long caseId, String planKind)
        implements Serializable {

    public static final String PLANNED = "PLANNED";
    public static final String TASK = "TASK";
    public static final String PLAN = "PLAN";
}
