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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One thing a semester's plan opened, unique per semester, kind and subject (a system's code, or the procedure's
 * code for a report): the database refuses a second one, so a second firing or a restart creates nothing. Created
 * first, then linked to the case opened for it in the same transaction.
 */
@Entity
@Table(name = "semester_plan_item")
public class SemesterPlanItem {

    public static final int SUBJECT_MAXLENGTH = 40;

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(nullable = false, length = 7, updatable = false)
    private String semester;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private PlanKind kind;

    @Column(nullable = false, length = SUBJECT_MAXLENGTH, updatable = false)
    private String subject;

    @Column(name = "system_id", updatable = false)
    private Long systemId;

    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected SemesterPlanItem() {
        // for JPA
    }

    public SemesterPlanItem(String semester, PlanKind kind, String subject, Long systemId, Instant createdAt) {
        this.semester = requireNonNull(semester, "Semester is required.");
        this.kind = requireNonNull(kind, "Kind is required.");
        this.subject = requireNonNull(subject, "Subject is required.");
        this.systemId = systemId;
        this.createdAt = requireNonNull(createdAt, "Creation time is required.");
    }

    /** The case opened for this item. */
    public void opened(long id) {
        this.caseId = id;
    }

    public Long getId() {
        return id;
    }

    public String getSemester() {
        return semester;
    }

    public PlanKind getKind() {
        return kind;
    }

    public String getSubject() {
        return subject;
    }

    public Long getSystemId() {
        return systemId;
    }

    public Long getCaseId() {
        return caseId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
