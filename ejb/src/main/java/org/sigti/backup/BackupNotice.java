package org.sigti.backup;

import java.io.Serializable;

/**
 * A mail about a backup task, queued in the outbox in the transaction that fires it and sent after its commit
 * ({@link BackupMailer}): for now the overdue escalation to the schedule's owner.
 */
public record BackupNotice(String template, String recipient, String recipientName, String scheduleName,
        Long caseId, String caseNumber, String plannedAt, int overdueHours, String tecnico, String institution)
        implements Serializable {

    public static final String OVERDUE = "overdue";
}
