package org.sigti.inventory;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;

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

/**
 * The renewal case opened for one object's expiry date. The database keeps one per (object, expiry date), so a
 * second timer firing, or a second server, cannot open a second case. Append-only.
 */
@Entity
@Table(name = "expiry_alert")
@NamedQuery(name = "ExpiryAlert.find", query = "select a from ExpiryAlert a where a.objectType = :type"
        + " and a.objectId = :id and a.expiresOn = :expiresOn")
@NamedQuery(name = "ExpiryAlert.findByCase", query = "select a from ExpiryAlert a where a.caseId = :caseId")
public class ExpiryAlert {

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "object_type", nullable = false, updatable = false, length = 20)
    private ExpiryObject objectType;

    @Column(name = "object_id", nullable = false, updatable = false)
    private long objectId;

    @Column(name = "expires_on", nullable = false, updatable = false)
    private LocalDate expiresOn;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ExpiryAlert() {
        // for JPA
    }

    public ExpiryAlert(ExpiryObject objectType, long objectId, LocalDate expiresOn, long caseId, Instant now) {
        this.objectType = requireNonNull(objectType);
        this.objectId = objectId;
        this.expiresOn = requireNonNull(expiresOn);
        this.caseId = caseId;
        this.createdAt = requireNonNull(now);
    }

    public Long getId() {
        return id;
    }

    public ExpiryObject getObjectType() {
        return objectType;
    }

    public long getObjectId() {
        return objectId;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public long getCaseId() {
        return caseId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
