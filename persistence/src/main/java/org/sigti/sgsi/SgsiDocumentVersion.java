package org.sigti.sgsi;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One file version of an SGSI document: its label (2.0), the checked file (safe name, type by content, SHA-256) and
 * who uploaded it, from the register's screen or a move of S04.01.00.03 (step 4, with the case). Kept for ever; the
 * Jefe(a)'s approval (step 12) stamps the Memorándum interno's number on it.
 */
@Entity
@Table(name = "sgsi_document_version")
public class SgsiDocumentVersion {

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "document_id", nullable = false, updatable = false)
    private long documentId;

    @Column(name = "version_label", nullable = false, updatable = false, length = SgsiDocument.VERSION_MAXLENGTH)
    private String versionLabel;

    @Column(name = "file_name", nullable = false, updatable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "case_id", updatable = false)
    private Long caseId;

    @Column(name = "uploaded_by", nullable = false, updatable = false, length = 100)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Column(length = 120)
    private String memorandum;

    @Column(name = "approved_at")
    private Instant approvedAt;

    protected SgsiDocumentVersion() {
        // for JPA
    }

    public SgsiDocumentVersion(long documentId, String versionLabel, String fileName, String contentType,
            byte[] content, String sha256, Long caseId, String uploadedBy, Instant now) {
        this.documentId = documentId;
        this.versionLabel = requireNonNull(versionLabel, "Version is required.");
        this.fileName = requireNonNull(fileName, "File name is required.");
        this.contentType = requireNonNull(contentType, "Content type is required.");
        this.content = requireNonNull(content, "Content is required.");
        this.size = content.length;
        this.sha256 = requireNonNull(sha256, "SHA-256 is required.");
        this.caseId = caseId;
        this.uploadedBy = requireNonNull(uploadedBy, "Who uploads it is required.");
        this.uploadedAt = requireNonNull(now);
    }

    /** The Jefe(a)'s Memorándum interno approved this version. */
    public void approve(String number, Instant now) {
        this.memorandum = requireNonNull(number);
        this.approvedAt = requireNonNull(now);
    }

    public Long getId() {
        return id;
    }

    public long getDocumentId() {
        return documentId;
    }

    public String getVersionLabel() {
        return versionLabel;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getContent() {
        return content;
    }

    public Long getCaseId() {
        return caseId;
    }
}
