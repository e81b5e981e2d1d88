package org.sigti.maintenance;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.sigti.unit.InstitutionOwned;

/**
 * The Plan de mantenimiento de equipos de cómputo of one year and its annual report (S04.03.04.03, procedures.md E18
 * steps 1–3 and 14–15). Life cycle, each step once and in order: {@link #drafted drawn up} by the infrastructure
 * coordinator (1; the year's preventive cases open with it), {@link #acknowledge taken note of} by the Jefe (2),
 * {@link #review reviewed} with the inventory by the Responsable de soporte técnico (3); at the year's end the
 * {@link #report report} with the year's figures frozen (14), {@link #receive received} by the coordinator, who
 * updates the inventory (15).
 */
@Entity
@Table(name = "maintenance_plan")
@NamedQuery(name = "AnnualPlan.find", query = "select p from AnnualPlan p where p.institutionCode = :institution"
        + " and p.procedureCode = :procedure"
        + " and p.year = :year")
public class AnnualPlan implements InstitutionOwned {

    /** The year's figures of the report (step 14). */
    public record Figures(int preventivePlanned, int preventiveClosed, int correctiveOpened, int correctiveClosed,
            int equipmentServed, int pending) implements Serializable {
    }

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    /** The institution the record belongs to; fixed at creation. */
    @Column(name = "institution_code", nullable = false, updatable = false, length = 20)
    private String institutionCode;

    @Column(name = "procedure_code", nullable = false, updatable = false, length = 40)
    private String procedureCode;

    @Column(name = "plan_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "drafted_by", nullable = false, updatable = false, length = 100)
    private String draftedBy;

    @Column(name = "drafted_at", nullable = false, updatable = false)
    private Instant draftedAt;

    @Column(name = "acknowledged_by", length = 100)
    private String acknowledgedBy;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "reviewed_by", length = 100)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "reported_by", length = 100)
    private String reportedBy;

    @Column(name = "reported_at")
    private Instant reportedAt;

    @Column(name = "preventive_planned")
    private Integer preventivePlanned;

    @Column(name = "preventive_closed")
    private Integer preventiveClosed;

    @Column(name = "corrective_opened")
    private Integer correctiveOpened;

    @Column(name = "corrective_closed")
    private Integer correctiveClosed;

    @Column(name = "equipment_served")
    private Integer equipmentServed;

    private Integer pending;

    @Column(name = "received_by", length = 100)
    private String receivedBy;

    @Column(name = "received_at")
    private Instant receivedAt;

    @Version
    private long version;

    protected AnnualPlan() {
        // for JPA
    }

    private AnnualPlan(String institutionCode, String procedureCode, int year, String by, Instant now) {
        this.institutionCode = requireNonNull(institutionCode, "Institution is required.");
        this.procedureCode = requireNonNull(procedureCode, "Procedure is required.");
        this.year = year;
        this.draftedBy = requireNonNull(by, "Who drew up the plan is required.");
        this.draftedAt = requireNonNull(now);
    }

    /** Step 1: the plan of {@code year} drawn up. */
    public static AnnualPlan drafted(String institutionCode, String procedureCode, int year, String by, Instant now) {
        return new AnnualPlan(institutionCode, procedureCode, year, by, now);
    }

    /** Step 2: the Jefe took note and sent it to the staff. */
    public void acknowledge(String by, Instant now) {
        require(acknowledgedAt == null, "acknowledged");
        acknowledgedBy = requireNonNull(by);
        acknowledgedAt = requireNonNull(now);
    }

    /** Step 3: the schedule and the inventory reviewed. */
    public void review(String by, Instant now) {
        require(acknowledgedAt != null && reviewedAt == null, "reviewed");
        reviewedBy = requireNonNull(by);
        reviewedAt = requireNonNull(now);
    }

    /** Step 14: the annual report, with the year's figures as they are now. */
    public void report(String by, Figures figures, Instant now) {
        require(reviewedAt != null && reportedAt == null, "reported");
        reportedBy = requireNonNull(by);
        reportedAt = requireNonNull(now);
        preventivePlanned = figures.preventivePlanned();
        preventiveClosed = figures.preventiveClosed();
        correctiveOpened = figures.correctiveOpened();
        correctiveClosed = figures.correctiveClosed();
        equipmentServed = figures.equipmentServed();
        pending = figures.pending();
    }

    /** Step 15: the report received and the inventory updated. */
    public void receive(String by, Instant now) {
        require(reportedAt != null && receivedAt == null, "received");
        receivedBy = requireNonNull(by);
        receivedAt = requireNonNull(now);
    }

    private static void require(boolean condition, String step) {
        if (!condition) {
            throw new IllegalStateException("The plan may not be " + step + " now.");
        }
    }

    /** The report's figures, or null before step 14. */
    public Figures getFigures() {
        return reportedAt == null ? null : new Figures(preventivePlanned, preventiveClosed, correctiveOpened,
                correctiveClosed, equipmentServed, pending);
    }

    public Long getId() {
        return id;
    }

    public String getProcedureCode() {
        return procedureCode;
    }

    public int getYear() {
        return year;
    }

    public String getDraftedBy() {
        return draftedBy;
    }

    public Instant getDraftedAt() {
        return draftedAt;
    }

    public String getAcknowledgedBy() {
        return acknowledgedBy;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public String getReceivedBy() {
        return receivedBy;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String getInstitutionCode() {
        return institutionCode;
    }
}
