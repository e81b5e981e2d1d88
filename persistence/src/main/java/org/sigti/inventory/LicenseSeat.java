package org.sigti.inventory;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A seat of a {@link LicensePool} held by a person, from its assignment (the alta's case, SEPREM-DI-002.1 step 3)
 * to its release (the baja's case). While held, {@code activeHolder} equals the holder: the database keeps one
 * active seat per pool and holder.
 */
@Entity
@Table(name = "license_seat")
@NamedQuery(name = "LicenseSeat.findActiveByHolder", query = "select s from LicenseSeat s join fetch s.pool"
        + " where s.activeHolder = :holder order by s.assignedAt")
public class LicenseSeat {

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pool_id", nullable = false, updatable = false)
    private LicensePool pool;

    @Column(name = "holder_username", nullable = false, updatable = false, length = 100)
    private String holderUsername;

    @Column(name = "active_holder", length = 100)
    private String activeHolder;

    @Column(name = "assigned_at", nullable = false, updatable = false)
    private Instant assignedAt;

    @Column(name = "assigned_by", nullable = false, updatable = false, length = 100)
    private String assignedBy;

    @Column(name = "case_id", updatable = false)
    private Long caseId;

    @Column(name = "released_at")
    private Instant releasedAt;

    @Column(name = "released_by", length = 100)
    private String releasedBy;

    @Column(name = "released_case_id")
    private Long releasedCaseId;

    @Version
    private long version;

    protected LicenseSeat() {
        // for JPA
    }

    public LicenseSeat(LicensePool pool, String holder, String assignedBy, Long caseId, Instant now) {
        this.pool = requireNonNull(pool, "Pool is required.");
        this.holderUsername = requireNonNull(holder, "Holder is required.");
        this.activeHolder = holder;
        this.assignedBy = requireNonNull(assignedBy, "Who assigns is required.");
        this.caseId = caseId;
        this.assignedAt = requireNonNull(now);
    }

    public void release(String by, Long caseId, Instant now) {
        if (activeHolder == null) {
            throw new IllegalStateException("Seat already released.");
        }
        this.activeHolder = null;
        this.releasedBy = requireNonNull(by, "Who releases is required.");
        this.releasedCaseId = caseId;
        this.releasedAt = requireNonNull(now);
    }

    public boolean isActive() {
        return activeHolder != null;
    }

    public Long getId() {
        return id;
    }

    public LicensePool getPool() {
        return pool;
    }

    public String getHolderUsername() {
        return holderUsername;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public String getAssignedBy() {
        return assignedBy;
    }

    public Long getCaseId() {
        return caseId;
    }

    public Instant getReleasedAt() {
        return releasedAt;
    }

    public String getReleasedBy() {
        return releasedBy;
    }

    public Long getReleasedCaseId() {
        return releasedCaseId;
    }
}
