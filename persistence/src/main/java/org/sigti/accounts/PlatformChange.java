package org.sigti.accounts;

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

import org.sigti.unit.InstitutionOwned;

/** One change of a platform or of one of its privileges: who, when, what it became. Never updated. */
@Entity
@Table(name = "platform_change")
public class PlatformChange implements InstitutionOwned {

    public static final int DETAIL_MAXLENGTH = 2000;

    /** What changed. */
    public enum Action {
        CREATED, CHANGED, DEACTIVATED, ACTIVATED, DELETED, PRIVILEGE_ADDED, PRIVILEGE_CHANGED, PRIVILEGE_DEACTIVATED,
        PRIVILEGE_ACTIVATED
    }

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    /** The institution the record belongs to; fixed at creation. */
    @Column(name = "institution_code", nullable = false, updatable = false, length = 20)
    private String institutionCode;

    @Column(name = "platform_code", nullable = false, updatable = false, length = AccountPlatform.CODE_MAXLENGTH)
    private String platformCode;

    @Column(name = "privilege_code", updatable = false, length = PlatformPrivilege.CODE_MAXLENGTH)
    private String privilegeCode;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, updatable = false, length = 100)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 30)
    private Action action;

    @Column(updatable = false, length = DETAIL_MAXLENGTH)
    private String detail;

    protected PlatformChange() {
        // for JPA
    }

    public PlatformChange(String institutionCode, String platformCode, String privilegeCode, Instant at, String actor, Action action,
            String detail) {
        this.institutionCode = requireNonNull(institutionCode, "Institution is required.");
        this.platformCode = requireNonNull(platformCode);
        this.privilegeCode = privilegeCode;
        this.at = requireNonNull(at);
        this.actor = requireNonNull(actor);
        this.action = requireNonNull(action);
        this.detail = detail == null || detail.length() <= DETAIL_MAXLENGTH ? detail
                : detail.substring(0, DETAIL_MAXLENGTH);
    }

    public Long getId() {
        return id;
    }

    public String getPlatformCode() {
        return platformCode;
    }

    public String getPrivilegeCode() {
        return privilegeCode;
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

    public String getDetail() {
        return detail;
    }

    @Override
    public String getInstitutionCode() {
        return institutionCode;
    }
}
