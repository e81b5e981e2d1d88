package org.sigti.incidents;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One arrival of a security system's alert (REST API {@code POST /security-alerts}) on the incident it opened or
 * updated: when, from which client, with what severity, title and detail, and the request's {@code Idempotency-Key}
 * when it had one. Written once, never changed.
 */
@Entity
@Table(name = "security_alert_occurrence")
@NamedQuery(name = "SecurityAlertOccurrence.findByKey", query = "select o from SecurityAlertOccurrence o"
        + " where o.receivedBy = :receivedBy and o.requestKey = :requestKey")
public class SecurityAlertOccurrence {

    public static final int TITLE_MAXLENGTH = 200;
    public static final int DETAIL_MAXLENGTH = 4000;

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "incident_id", nullable = false, updatable = false)
    private long incidentId;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "received_by", nullable = false, length = 100, updatable = false)
    private String receivedBy;

    @Column(length = SecurityIncident.SEVERITY_MAXLENGTH, updatable = false)
    private String severity;

    @Column(nullable = false, length = TITLE_MAXLENGTH, updatable = false)
    private String title;

    @Column(length = DETAIL_MAXLENGTH, updatable = false)
    private String detail;

    @Column(name = "request_key", length = 255, updatable = false)
    private String requestKey;

    protected SecurityAlertOccurrence() {
    }

    public SecurityAlertOccurrence(long incidentId, Instant receivedAt, String receivedBy, String severity,
            String title, String detail, String requestKey) {
        this.incidentId = incidentId;
        this.receivedAt = requireNonNull(receivedAt);
        this.receivedBy = requireNonNull(receivedBy);
        this.severity = severity;
        this.title = requireNonNull(title);
        this.detail = detail;
        this.requestKey = requestKey;
    }

    public Long getId() {
        return id;
    }

    public long getIncidentId() {
        return incidentId;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getReceivedBy() {
        return receivedBy;
    }

    public String getSeverity() {
        return severity;
    }

    public String getTitle() {
        return title;
    }

    public String getDetail() {
        return detail;
    }

    public String getRequestKey() {
        return requestKey;
    }
}
