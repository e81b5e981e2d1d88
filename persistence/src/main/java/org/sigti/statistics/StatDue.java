package org.sigti.statistics;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A line of the Cronograma de envío de información al MINDEF (steps 9–12): an entity owes a table for a period by a
 * date. Its life: pending → (rejected)* → accepted, version 1; a resubmission accepted later is version 2, 3…, the
 * earlier versions kept. It carries what the follow-up board shows (last outcome, accepted version, attempts) and the
 * days the reminders went, so that each is sent once.
 */
@Entity
@Table(name = "stat_due")
public class StatDue {

    public static final int PERIOD_MAXLENGTH = 20;

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "entity_id", nullable = false, updatable = false)
    private long entityId;

    @Column(name = "template_id", nullable = false, updatable = false)
    private long templateId;

    @Column(nullable = false, updatable = false, length = PERIOD_MAXLENGTH)
    private String period;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "accepted_version")
    private Integer acceptedVersion;

    @Column(name = "last_outcome", length = 10)
    private String lastOutcome;

    @Column(name = "last_upload_at")
    private Instant lastUploadAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "reminded_before_on")
    private LocalDate remindedBeforeOn;

    @Column(name = "reminded_after_on")
    private LocalDate remindedAfterOn;

    @Column(name = "scheduled_by", nullable = false, updatable = false, length = 100)
    private String scheduledBy;

    @Column(name = "schedule_case_id")
    private Long scheduleCaseId;

    @Column(name = "approved_by", length = 100)
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Version
    private long version;

    protected StatDue() {
        // for JPA
    }

    public StatDue(long entityId, long templateId, String period, LocalDate dueOn, String scheduledBy) {
        this.entityId = entityId;
        this.templateId = templateId;
        this.period = period;
        this.dueOn = dueOn;
        this.scheduledBy = scheduledBy;
    }

    /** Counts an upload and answers its attempt number. */
    public int attempt(Instant at) {
        lastUploadAt = at;
        return ++attempts;
    }

    /** The upload was refused: the board shows it rejected (an accepted version stays in force). */
    public void rejected() {
        lastOutcome = StatSubmission.REJECTED;
    }

    /** The upload was accepted: answers its version of the period's data. */
    public int accepted() {
        lastOutcome = StatSubmission.ACCEPTED;
        acceptedVersion = acceptedVersion == null ? 1 : acceptedVersion + 1;
        return acceptedVersion;
    }

    /** The line belongs to the schedule a case writes (S04.05.00.01 step 9), due by {@code on} until approved. */
    public void scheduledIn(long caseId, LocalDate on) {
        if (approvedAt != null) {
            throw new IllegalStateException("due " + id + " is approved");
        }
        scheduleCaseId = caseId;
        dueOn = on;
    }

    /** The Secretario(a) General approved the schedule holding this line (step 12): it is official. */
    public void approve(String by, Instant at) {
        approvedBy = by;
        approvedAt = at;
    }

    public Long getScheduleCaseId() {
        return scheduleCaseId;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public void remindedBefore(LocalDate on) {
        remindedBeforeOn = on;
    }

    public void remindedAfter(LocalDate on) {
        remindedAfterOn = on;
    }

    public Long getId() {
        return id;
    }

    public long getEntityId() {
        return entityId;
    }

    public long getTemplateId() {
        return templateId;
    }

    public String getPeriod() {
        return period;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Integer getAcceptedVersion() {
        return acceptedVersion;
    }

    public String getLastOutcome() {
        return lastOutcome;
    }

    public Instant getLastUploadAt() {
        return lastUploadAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public LocalDate getRemindedBeforeOn() {
        return remindedBeforeOn;
    }

    public LocalDate getRemindedAfterOn() {
        return remindedAfterOn;
    }
}
