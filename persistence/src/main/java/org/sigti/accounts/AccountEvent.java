package org.sigti.accounts;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One change of an account (granted, privileges added, disabled, closed): who, when, by which case. Never updated. */
@Entity
@Table(name = "account_event")
public class AccountEvent {

    public static final int DETAIL_MAXLENGTH = 1000;

    /** What happened to the account. */
    public enum Action {
        GRANTED, PRIVILEGES, DISABLED, CLOSED
    }

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, updatable = false, length = 100)
    private String actor;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private Action action;

    @Column(name = "case_id", updatable = false)
    private Long caseId;

    @Column(updatable = false, length = DETAIL_MAXLENGTH)
    private String detail;

    protected AccountEvent() {
        // for JPA
    }

    public AccountEvent(long accountId, Instant at, String actor, Action action, Long caseId, String detail) {
        this.accountId = accountId;
        this.at = requireNonNull(at);
        this.actor = requireNonNull(actor);
        this.action = requireNonNull(action);
        this.caseId = caseId;
        this.detail = detail == null || detail.length() <= DETAIL_MAXLENGTH ? detail
                : detail.substring(0, DETAIL_MAXLENGTH);
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public Action getAction() {
        return action;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getDetail() {
        return detail;
    }
}
