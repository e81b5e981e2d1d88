package org.sigti.workflow;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * The PDF a case issued for one kind of document, sealed by SIGTI when issued and never changed: every copy served
 * is this file. Written once by the kernel's document service.
 */
@Entity
@Table(name = "issued_document")
@NamedQuery(name = "IssuedDocument.findByCaseAndKind",
        query = "select d from IssuedDocument d where d.caseId = :caseId and d.kindCode = :kind")
public class IssuedDocument {

    public static final int KIND_CODE_MAXLENGTH = 60;
    public static final int NUMBER_MAXLENGTH = 60;

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "kind_code", nullable = false, updatable = false, length = KIND_CODE_MAXLENGTH)
    private String kindCode;

    @Column(nullable = false, updatable = false, length = NUMBER_MAXLENGTH)
    private String number;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "issued_by", nullable = false, updatable = false, length = 100)
    private String issuedBy;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    protected IssuedDocument() {
        // for JPA
    }

    public IssuedDocument(long caseId, String kindCode, String number, byte[] content, String sha256,
            String issuedBy, Instant issuedAt) {
        this.caseId = caseId;
        this.kindCode = requireNonNull(kindCode, "Kind is required.");
        this.number = requireNonNull(number, "Number is required.");
        this.content = requireNonNull(content, "Content is required.");
        this.sha256 = requireNonNull(sha256, "SHA-256 is required.");
        this.issuedBy = requireNonNull(issuedBy, "Issuer is required.");
        this.issuedAt = requireNonNull(issuedAt, "Issue time is required.");
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getKindCode() {
        return kindCode;
    }

    public String getNumber() {
        return number;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getContent() {
        return content;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }
}
