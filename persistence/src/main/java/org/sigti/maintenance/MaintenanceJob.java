package org.sigti.maintenance;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One maintenance case on one piece of equipment (SEPREM-DI-006.1, S04.03.04.03). Life cycle: opened with the case
 * (by a requester, or by the annual plan for {@link #getPlanYear its year}); {@link #start started} when the
 * equipment goes IN_MAINTENANCE; {@link #finish finished} when it goes back to its custodian or the store.
 */
@Entity
@Table(name = "maintenance_job")
@NamedQuery(name = "MaintenanceJob.findByCase", query = "select j from MaintenanceJob j where j.caseId = :caseId")
public class MaintenanceJob {

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "equipment_id", nullable = false, updatable = false)
    private long equipmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private MaintenanceKind kind;

    @Column(name = "plan_year", updatable = false)
    private Integer planYear;

    /** The month of the plan's cronograma (1–12) a preventive case is scheduled for; null when unscheduled. */
    @Column(name = "plan_month", updatable = false)
    private Integer planMonth;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Version
    private long version;

    protected MaintenanceJob() {
        // for JPA
    }

    private MaintenanceJob(long caseId, long equipmentId, MaintenanceKind kind, Integer planYear, Instant now) {
        this.caseId = caseId;
        this.equipmentId = equipmentId;
        this.kind = kind;
        this.planYear = planYear;
        this.openedAt = requireNonNull(now);
    }

    public static MaintenanceJob corrective(long caseId, long equipmentId, Instant now) {
        return new MaintenanceJob(caseId, equipmentId, MaintenanceKind.CORRECTIVE, null, now);
    }

    public static MaintenanceJob preventive(long caseId, long equipmentId, int year, Instant now) {
        return new MaintenanceJob(caseId, equipmentId, MaintenanceKind.PREVENTIVE, year, now);
    }

    /** A preventive case of {@code year}'s plan scheduled in {@code month} (1–12) of its cronograma. */
    public static MaintenanceJob scheduled(long caseId, long equipmentId, int year, int month, Instant now) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("Month must be 1 to 12: " + month);
        }
        MaintenanceJob job = new MaintenanceJob(caseId, equipmentId, MaintenanceKind.PREVENTIVE, year, now);
        job.planMonth = month;
        return job;
    }

    /** The equipment went IN_MAINTENANCE (again, after a supervision returned the work: the first time stays). */
    public void start(Instant now) {
        if (startedAt == null) {
            startedAt = requireNonNull(now);
        }
    }

    /** The equipment is back where it was. */
    public void finish(Instant now) {
        if (startedAt == null) {
            throw new IllegalStateException("Maintenance of case " + caseId + " never started.");
        }
        finishedAt = requireNonNull(now);
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public long getEquipmentId() {
        return equipmentId;
    }

    public MaintenanceKind getKind() {
        return kind;
    }

    public Integer getPlanYear() {
        return planYear;
    }

    public Integer getPlanMonth() {
        return planMonth;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
