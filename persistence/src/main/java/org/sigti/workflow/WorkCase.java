package org.sigti.workflow;

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
 * One run of a procedure: a request, an incident, a ticket. It knows the procedure it is in now (a case routed
 * from UGAT/AIT-PR01 to PR02 keeps its number), its requester, its priority and service clocks, and the head of
 * its audit chain. The steps that wait are {@link WorkItem}s; the kernel alone changes a case.
 */
@Entity
@Table(name = "work_case")
public class WorkCase {

    public static final int TITLE_MAXLENGTH = 200;
    public static final int DESCRIPTION_MAXLENGTH = 4000;

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "case_number", nullable = false, updatable = false, length = 30)
    private String number;

    /** The institution whose manual the case runs; fixed at opening. */
    @Column(name = "institution_code", nullable = false, updatable = false, length = 20)
    private String institutionCode;

    @Column(name = "procedure_code", nullable = false, length = 40)
    private String procedureCode;

    @Column(name = "origin_procedure", nullable = false, updatable = false, length = 40)
    private String originProcedure;

    @Column(nullable = false, length = TITLE_MAXLENGTH)
    private String title;

    @Column(length = DESCRIPTION_MAXLENGTH)
    private String description;

    @Column(name = "request_type", length = 40)
    private String requestType;

    @Column(nullable = false, length = 20)
    private String channel;

    @Column(name = "requester_username", nullable = false, updatable = false, length = 100)
    private String requesterUsername;

    @Column(name = "requester_name", nullable = false, length = 200)
    private String requesterName;

    @Column(name = "requester_unit_code", length = 20)
    private String requesterUnitCode;

    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    @Column(name = "contact_phone", length = 40)
    private String contactPhone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CaseStatus status;

    @Column(length = 10)
    private String impact;

    @Column(length = 10)
    private String urgency;

    @Column(length = 5)
    private String priority;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(length = 40)
    private String outcome;

    @Column(name = "response_due")
    private Instant responseDue;

    @Column(name = "resolution_due")
    private Instant resolutionDue;

    @Column(name = "responded_at")
    private Instant respondedAt;

    @Column(name = "paused_since")
    private Instant pausedSince;

    @Column(name = "response_breached", nullable = false)
    private boolean responseBreached;

    @Column(name = "resolution_breached", nullable = false)
    private boolean resolutionBreached;

    @Column(name = "audit_count", nullable = false)
    private int auditCount;

    @Column(name = "audit_head", nullable = false, length = 64)
    private String auditHead;

    @Version
    private long version;

    protected WorkCase() {
        // for JPA
    }

    public WorkCase(String institutionCode, String number, String procedureCode, String title,
            String requesterUsername, String requesterName, String channel, Instant now) {
        this.institutionCode = requireNonNull(institutionCode, "Institution is required.");
        this.number = requireNonNull(number, "Case number is required.");
        this.procedureCode = requireNonNull(procedureCode, "Procedure is required.");
        this.originProcedure = procedureCode;
        this.title = requireNonNull(title, "Title is required.");
        this.requesterUsername = requireNonNull(requesterUsername, "Requester is required.");
        this.requesterName = requireNonNull(requesterName, "Requester name is required.");
        this.channel = requireNonNull(channel, "Channel is required.");
        this.status = CaseStatus.OPEN;
        this.openedAt = requireNonNull(now, "Opening time is required.");
        this.updatedAt = now;
        this.auditHead = CaseEvent.GENESIS;
    }

    /** Moves the case into another procedure (a ⇒ jump of the manual); its number and history stay. */
    public void enterProcedure(String code, Instant now) {
        this.procedureCode = requireNonNull(code);
        this.updatedAt = now;
    }

    public void close(String finalOutcome, Instant now) {
        this.status = CaseStatus.CLOSED;
        this.outcome = finalOutcome;
        this.closedAt = now;
        this.updatedAt = now;
    }

    /** Links the next audit record; called by the kernel only, in the transaction that writes the record. */
    public void chain(String hash) {
        this.auditCount++;
        this.auditHead = requireNonNull(hash);
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }

    public void describe(String newDescription, String newRequestType, String unitCode, String email, String phone) {
        this.description = newDescription;
        this.requestType = newRequestType;
        this.requesterUnitCode = unitCode;
        this.contactEmail = email;
        this.contactPhone = phone;
    }

    public void classify(String newImpact, String newUrgency, String newPriority) {
        this.impact = newImpact;
        this.urgency = newUrgency;
        this.priority = newPriority;
    }

    public void plan(Instant newResponseDue, Instant newResolutionDue) {
        this.responseDue = newResponseDue;
        this.resolutionDue = newResolutionDue;
    }

    public void responded(Instant at) {
        if (respondedAt == null) {
            respondedAt = at;
        }
    }

    public void pause(Instant at) {
        if (pausedSince == null) {
            pausedSince = at;
        }
    }

    /** Ends a pause and returns when it began, or null when the clock was running. */
    public Instant resume() {
        Instant since = pausedSince;
        pausedSince = null;
        return since;
    }

    public void breachResponse() {
        this.responseBreached = true;
    }

    public void breachResolution() {
        this.resolutionBreached = true;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public String getInstitutionCode() {
        return institutionCode;
    }

    public String getProcedureCode() {
        return procedureCode;
    }

    public String getOriginProcedure() {
        return originProcedure;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getRequestType() {
        return requestType;
    }

    public String getChannel() {
        return channel;
    }

    public String getRequesterUsername() {
        return requesterUsername;
    }

    public String getRequesterName() {
        return requesterName;
    }

    public String getRequesterUnitCode() {
        return requesterUnitCode;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public String getImpact() {
        return impact;
    }

    public String getUrgency() {
        return urgency;
    }

    public String getPriority() {
        return priority;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getOutcome() {
        return outcome;
    }

    public Instant getResponseDue() {
        return responseDue;
    }

    public Instant getResolutionDue() {
        return resolutionDue;
    }

    public Instant getRespondedAt() {
        return respondedAt;
    }

    public Instant getPausedSince() {
        return pausedSince;
    }

    public boolean isResponseBreached() {
        return responseBreached;
    }

    public boolean isResolutionBreached() {
        return resolutionBreached;
    }

    public int getAuditCount() {
        return auditCount;
    }

    public String getAuditHead() {
        return auditHead;
    }

    public long getVersion() {
        return version;
    }
}
