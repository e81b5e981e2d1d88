package org.sigti.request;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

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

import org.sigti.unit.OrgUnit;

/**
 * A request an employee filed with the IT office, numbered per institution and year ({@code SOL-2026-000123}).
 * The workflow kernel will drive it through the steps of its procedure; for now it carries its state, its
 * requester and the unit whose queue holds it.
 */
@Entity
@Table(name = "service_request")
public class ServiceRequest {

    public static final int NUMBER_MAXLENGTH = 30;
    public static final int TITLE_MAXLENGTH = 200;
    public static final int DESCRIPTION_MAXLENGTH = 4000;

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "request_number", nullable = false, unique = true, length = NUMBER_MAXLENGTH)
    private String number;

    @Column(nullable = false, length = TITLE_MAXLENGTH)
    private String title;

    @Column(length = DESCRIPTION_MAXLENGTH)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private RequestStatus status;

    @Column(name = "requester_username", nullable = false, length = 100)
    private String requesterUsername;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "requesting_unit_id", nullable = false)
    private OrgUnit requestingUnit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assigned_unit_id")
    private OrgUnit assignedUnit;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ServiceRequest() {
        // for JPA
    }

    public ServiceRequest(String number, String title, String requesterUsername, OrgUnit requestingUnit,
            Instant now) {
        this.number = requireNonNull(number, "Request number is required.");
        this.title = requireNonNull(title, "Title is required.");
        this.requesterUsername = requireNonNull(requesterUsername, "Requester is required.");
        this.requestingUnit = requireNonNull(requestingUnit, "Requesting unit is required.");
        this.status = RequestStatus.REGISTERED;
        this.createdAt = requireNonNull(now, "Creation time is required.");
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public String getRequesterUsername() {
        return requesterUsername;
    }

    public OrgUnit getRequestingUnit() {
        return requestingUnit;
    }

    public OrgUnit getAssignedUnit() {
        return assignedUnit;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
