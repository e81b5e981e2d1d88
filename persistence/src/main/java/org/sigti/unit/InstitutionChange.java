package org.sigti.unit;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

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

/** One change of an institution's letterhead, logo or number format: who, when, what it became. Never updated. */
@Entity
@Table(name = "institution_change")
@NamedQuery(name = "InstitutionChange.recent", query = "select c from InstitutionChange c"
        + " where c.institutionCode = :institution order by c.at desc, c.id desc")
public class InstitutionChange implements InstitutionOwned {

    public static final int DETAIL_MAXLENGTH = 2000;

    /** What changed. */
    public enum Action {
        /** The name, the address line or the number format. */
        LETTERHEAD,
        /** A new logo. */
        LOGO_REPLACED,
        /** The logo taken off. */
        LOGO_REMOVED
    }

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "institution_code", nullable = false, updatable = false, length = Institution.CODE_MAXLENGTH)
    private String institutionCode;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, updatable = false, length = 100)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 30)
    private Action action;

    @Column(updatable = false, length = DETAIL_MAXLENGTH)
    private String detail;

    protected InstitutionChange() {
        // for JPA
    }

    public InstitutionChange(String institutionCode, Instant at, String actor, Action action, String detail) {
        this.institutionCode = requireNonNull(institutionCode, "Institution is required.");
        this.at = requireNonNull(at);
        this.actor = requireNonNull(actor);
        this.action = requireNonNull(action);
        this.detail = detail == null || detail.length() <= DETAIL_MAXLENGTH ? detail
                : detail.substring(0, DETAIL_MAXLENGTH);
    }

    public Long getId() {
        return id;
    }

    @Override
    public String getInstitutionCode() {
        return institutionCode;
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
}
