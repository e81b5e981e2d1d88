package org.sigti.workflow;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One step of a case waiting for the role and unit the manual names, or for one person once taken or assigned:
 * the row of an inbox. It copies the case's number, title and priority so that an inbox page reads this table
 * alone. Two people acting on the same step race on {@link #version}: one wins, the other is told.
 */
@Entity
@Table(name = "work_item")
public class WorkItem {

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private WorkCase workCase;

    /** The case's institution, copied for the inboxes. */
    @Column(name = "institution_code", nullable = false, updatable = false, length = 20)
    private String institutionCode;

    @Column(name = "procedure_code", nullable = false, updatable = false, length = 40)
    private String procedureCode;

    @Column(name = "step_code", nullable = false, updatable = false, length = 20)
    private String stepCode;

    @Column(name = "role_name", nullable = false, updatable = false, length = 20)
    private String roleName;

    @Column(name = "queue_code", updatable = false, length = 20)
    private String queueCode;

    @Column(name = "unit_code", length = 20)
    private String unitCode;

    @Column(name = "assignee_username", length = 100)
    private String assignee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private WorkItemStatus status;

    @Column(name = "case_number", nullable = false, updatable = false, length = 30)
    private String caseNumber;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "search_text", nullable = false, length = 500)
    private String searchText;

    @Column(length = 5)
    private String priority;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "completed_by", length = 100)
    private String completedBy;

    @Column(length = 40)
    private String outcome;

    @Version
    private long version;

    protected WorkItem() {
        // for JPA
    }

    public WorkItem(WorkCase workCase, String stepCode, String roleName, String queueCode, String unitCode,
            String assignee, Instant now) {
        this.workCase = requireNonNull(workCase);
        this.institutionCode = workCase.getInstitutionCode();
        this.procedureCode = workCase.getProcedureCode();
        this.stepCode = requireNonNull(stepCode);
        this.roleName = requireNonNull(roleName);
        this.queueCode = queueCode;
        this.unitCode = unitCode;
        this.assignee = assignee;
        this.status = WorkItemStatus.OPEN;
        this.caseNumber = workCase.getNumber();
        this.title = workCase.getTitle();
        this.searchText = searchTextOf(workCase.getNumber(), workCase.getTitle());
        this.priority = workCase.getPriority();
        this.createdAt = requireNonNull(now);
    }

    /**
     * What the inbox's search box matches: number and title, lower case, without accents, so that "conexion"
     * finds "Conexión".
     */
    public static String searchTextOf(String number, String title) {
        String text = (number + " " + title).toLowerCase(Locale.ROOT);
        text = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    public void complete(String by, String withOutcome, Instant now) {
        this.status = WorkItemStatus.DONE;
        this.completedBy = by;
        this.outcome = withOutcome;
        this.completedAt = now;
    }

    public void cancel(Instant now) {
        this.status = WorkItemStatus.CANCELLED;
        this.completedAt = now;
    }

    public void assignTo(String username) {
        this.assignee = username;
    }

    public void reprioritize(String newPriority) {
        this.priority = newPriority;
    }

    public Long getId() {
        return id;
    }

    public WorkCase getWorkCase() {
        return workCase;
    }

    public String getInstitutionCode() {
        return institutionCode;
    }

    public String getProcedureCode() {
        return procedureCode;
    }

    public String getStepCode() {
        return stepCode;
    }

    public String getRoleName() {
        return roleName;
    }

    public String getQueueCode() {
        return queueCode;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getAssignee() {
        return assignee;
    }

    public WorkItemStatus getStatus() {
        return status;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public String getTitle() {
        return title;
    }

    public String getPriority() {
        return priority;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public String getCompletedBy() {
        return completedBy;
    }

    public String getOutcome() {
        return outcome;
    }

    public long getVersion() {
        return version;
    }
}
