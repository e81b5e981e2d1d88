package org.sigti.publication;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.sigti.unit.InstitutionOwned;

/**
 * One publication of a system on the Internet, as the Ciberseguridad team registers it when it confirms the service:
 * the system of the catalog, the private IP (destination), the public IP (source, when there is one), the ports as
 * typed once checked ({@link PublicationPort} holds them one range a row), the case and ticket it came from, who
 * registered it and when. Withdrawn, it stays in the register with the date, who and why; it is never deleted.
 */
@Entity
@Table(name = "publication")
public class Publication implements InstitutionOwned {

    public static final int ADDRESS_MAXLENGTH = 45;
    public static final int PORTS_MAXLENGTH = 200;
    public static final int REASON_MAXLENGTH = 500;

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "institution_code", nullable = false, updatable = false, length = 20)
    private String institutionCode;

    @Column(name = "system_id", nullable = false, updatable = false)
    private long systemId;

    @Column(name = "private_ip", nullable = false, updatable = false, length = ADDRESS_MAXLENGTH)
    private String privateIp;

    @Column(name = "public_ip", updatable = false, length = ADDRESS_MAXLENGTH)
    private String publicIp;

    @Column(nullable = false, updatable = false, length = PORTS_MAXLENGTH)
    private String ports;

    @Column(name = "case_id", updatable = false)
    private Long caseId;

    @Column(name = "case_number", updatable = false, length = 40)
    private String caseNumber;

    @Column(name = "ticket_number", updatable = false, length = 40)
    private String ticketNumber;

    @Column(name = "published_by", nullable = false, updatable = false, length = 100)
    private String publishedBy;

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_by", length = 100)
    private String endedBy;

    @Column(name = "end_reason", length = REASON_MAXLENGTH)
    private String endReason;

    @Version
    private long version;

    protected Publication() {
        // for JPA
    }

    public Publication(String institutionCode, long systemId, String privateIp, String publicIp, String ports,
            Long caseId, String caseNumber, String ticketNumber, String publishedBy, Instant publishedAt) {
        this.institutionCode = requireNonNull(institutionCode, "Institution is required.");
        this.systemId = systemId;
        this.privateIp = requireNonNull(privateIp, "Private IP is required.");
        this.publicIp = publicIp;
        this.ports = requireNonNull(ports, "Ports are required.");
        this.caseId = caseId;
        this.caseNumber = caseNumber;
        this.ticketNumber = ticketNumber;
        this.publishedBy = requireNonNull(publishedBy, "Who publishes is required.");
        this.publishedAt = requireNonNull(publishedAt, "Publication date is required.");
    }

    /** The publication ends (the service is no longer exposed); it stays in the register. */
    public void withdraw(String by, Instant at, String reason) {
        if (endedAt != null) {
            throw new IllegalStateException("Publication " + id + " already withdrawn.");
        }
        this.endedBy = requireNonNull(by, "Who withdraws is required.");
        this.endedAt = requireNonNull(at, "Withdrawal date is required.");
        this.endReason = requireNonNull(reason, "Withdrawal reason is required.");
    }

    public boolean isActive() {
        return endedAt == null;
    }

    public Long getId() {
        return id;
    }

    @Override
    public String getInstitutionCode() {
        return institutionCode;
    }

    public long getSystemId() {
        return systemId;
    }

    public String getPrivateIp() {
        return privateIp;
    }

    public String getPublicIp() {
        return publicIp;
    }

    public String getPorts() {
        return ports;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getEndedBy() {
        return endedBy;
    }

    public String getEndReason() {
        return endReason;
    }

    public long getVersion() {
        return version;
    }
}
