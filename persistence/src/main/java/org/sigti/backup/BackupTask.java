package org.sigti.backup;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One planned run of a schedule: exactly one per schedule and planned instant (uk_backup_task_planned). Life cycle:
 * OPEN with its case when the timer fires (or the catch-up recovers it, {@code catchUp}); DONE when the case ends;
 * MISSED, without a case, for an older planned time that passed while SIGTI was down. Escalated once when still open
 * after the schedule's overdue delay.
 */
@Entity
@Table(name = "backup_task")
public class BackupTask {

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "schedule_id", nullable = false)
    private long scheduleId;

    @Column(name = "planned_at", nullable = false)
    private Instant plannedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BackupTaskStatus status;

    @Column(name = "catch_up", nullable = false)
    private boolean catchUp;

    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Version
    private long version;

    protected BackupTask() {
        // for JPA
    }

    /** A run that opens a case (its id is set by {@link #opened}). */
    public static BackupTask open(long scheduleId, Instant plannedAt, boolean catchUp, Instant now) {
        return new BackupTask(scheduleId, plannedAt, BackupTaskStatus.OPEN, catchUp, now);
    }

    /** A planned time that passed while SIGTI was down and is only recorded (see the catch-up policy). */
    public static BackupTask missed(long scheduleId, Instant plannedAt, Instant now) {
        return new BackupTask(scheduleId, plannedAt, BackupTaskStatus.MISSED, true, now);
    }

    private BackupTask(long scheduleId, Instant plannedAt, BackupTaskStatus status, boolean catchUp, Instant now) {
        this.scheduleId = scheduleId;
        this.plannedAt = requireNonNull(plannedAt, "Planned time is required.");
        this.status = status;
        this.catchUp = catchUp;
        this.createdAt = requireNonNull(now, "Creation time is required.");
    }

    public void opened(long caseId) {
        this.caseId = caseId;
    }

    /** The case ended. */
    public void done(Instant now) {
        if (status == BackupTaskStatus.OPEN) {
            this.status = BackupTaskStatus.DONE;
            this.completedAt = now;
        }
    }

    /** Records that the overdue mail went out; false when it already had. */
    public boolean escalate(Instant now) {
        if (escalatedAt != null) {
            return false;
        }
        this.escalatedAt = now;
        return true;
    }

    public Long getId() {
        return id;
    }

    public long getScheduleId() {
        return scheduleId;
    }

    public Instant getPlannedAt() {
        return plannedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public BackupTaskStatus getStatus() {
        return status;
    }

    public boolean isCatchUp() {
        return catchUp;
    }

    public Long getCaseId() {
        return caseId;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }
}
