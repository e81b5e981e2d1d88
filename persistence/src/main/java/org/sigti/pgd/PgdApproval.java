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
 * What the Comité de Gobierno Digital approved in a session (the work schedule at step 4, the portfolio at step 17,
 * the final PGD at step 20): the session's number and the agreement, recorded by the committee member in person.
 */
@Entity
@Table(name = "pgd_approval")
public class PgdApproval {

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private long planId;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(name = "session_number", nullable = false, length = 100)
    private String session;

    @Column(nullable = false, length = 2000)
    private String agreement;

    @Column(name = "member_username", nullable = false, length = 100)
    private String member;

    @Column(name = "approved_at", nullable = false)
    private Instant approvedAt;

    @Version
    private long version;

    protected PgdApproval() {
        // for JPA
    }

    public PgdApproval(long planId, String subject, String session, String agreement, String member,
            Instant approvedAt) {
        this.planId = planId;
        this.subject = requireNonNull(subject, "Subject is required.");
        this.session = requireNonNull(session, "Session is required.");
        this.agreement = requireNonNull(agreement, "Agreement is required.");
        this.member = requireNonNull(member, "Member is required.");
        this.approvedAt = requireNonNull(approvedAt, "Approval instant is required.");
    }

    public Long getId() {
        return id;
    }

    public String getSubject() {
        return subject;
    }

    public String getSession() {
        return session;
    }

    public String getAgreement() {
        return agreement;
    }

    public String getMember() {
        return member;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }
}
