package org.sigti.workflow;

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
 * An {@code Idempotency-Key} a REST client sent with a POST that files a case: one row per caller and key (unique),
 * written in the filing's transaction before the case, so that a retry, even a concurrent one, finds the case filed
 * the first time instead of filing another. The fingerprint of the request tells a retry from a different request
 * that reuses the key.
 */
@Entity
@Table(name = "api_idempotency_key")
@NamedQuery(name = "IdempotencyKey.find", query = "select k from IdempotencyKey k where k.username = :username"
        + " and k.requestKey = :key")
public class IdempotencyKey {

    public static final int KEY_MAXLENGTH = 255;

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(nullable = false, updatable = false, length = 255)
    private String username;

    @Column(name = "request_key", nullable = false, updatable = false, length = KEY_MAXLENGTH)
    private String requestKey;

    @Column(nullable = false, updatable = false, length = 64)
    private String fingerprint;

    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected IdempotencyKey() {
        // for JPA
    }

    public IdempotencyKey(String username, String requestKey, String fingerprint, Instant createdAt) {
        this.username = requireNonNull(username, "username is required.");
        this.requestKey = requireNonNull(requestKey, "requestKey is required.");
        this.fingerprint = requireNonNull(fingerprint, "fingerprint is required.");
        this.createdAt = requireNonNull(createdAt, "createdAt is required.");
    }

    /** Records the case the key's request filed. */
    public void filed(long filedCaseId) {
        this.caseId = filedCaseId;
    }

    /** Whether the key was used longer ago than {@code keep} allows at {@code now}: it no longer counts. */
    public boolean expired(Instant now, java.time.Duration keep) {
        return createdAt.plus(keep).isBefore(now);
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public Long getCaseId() {
        return caseId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
