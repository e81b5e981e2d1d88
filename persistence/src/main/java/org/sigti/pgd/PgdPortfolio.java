package org.sigti.pgd;

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

/**
 * A version of a plan's portfolio of projects. Version 1 is made at formulation; each later version is a separate
 * copy of the last one's projects (the yearly update of S04.01.00.02), and the older versions stay as they were.
 * {@link #approve Approved} by the CGD in session.
 */
@Entity
@Table(name = "pgd_portfolio")
public class PgdPortfolio {

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private long planId;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int number;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "approved_session", length = 100)
    private String approvedSession;

    @Column(name = "approved_agreement", length = 2000)
    private String approvedAgreement;

    @Version
    private long version;

    protected PgdPortfolio() {
        // for JPA
    }

    public PgdPortfolio(long planId, int number, Instant createdAt) {
        if (number < 1) {
            throw new IllegalArgumentException("Portfolio versions start at 1.");
        }
        this.planId = planId;
        this.number = number;
        this.createdAt = requireNonNull(createdAt, "Creation instant is required.");
    }

    /** The CGD approved this version in a session, with an agreement. */
    public void approve(String session, String agreement) {
        this.approvedSession = requireNonNull(session, "Session is required.");
        this.approvedAgreement = requireNonNull(agreement, "Agreement is required.");
    }

    public boolean isApproved() {
        return approvedSession != null;
    }

    public Long getId() {
        return id;
    }

    public long getPlanId() {
        return planId;
    }

    public int getNumber() {
        return number;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getApprovedSession() {
        return approvedSession;
    }

    public String getApprovedAgreement() {
        return approvedAgreement;
    }
}
