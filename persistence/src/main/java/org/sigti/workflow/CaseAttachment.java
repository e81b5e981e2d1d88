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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A file attached to a case (the requester's screenshot, a signed acta), checked for size and type on upload. */
@Entity
@Table(name = "case_attachment")
public class CaseAttachment {

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

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

    @Column(name = "step_code", updatable = false, length = 20)
    private String stepCode;

    @Column(name = "uploaded_by", nullable = false, updatable = false, length = 100)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected CaseAttachment() {
        // for JPA
    }

    public CaseAttachment(long caseId, String fileName, String contentType, byte[] content, String sha256,
            String stepCode, String uploadedBy, Instant uploadedAt) {
        this.caseId = caseId;
        this.fileName = requireNonNull(fileName);
        this.contentType = requireNonNull(contentType);
        this.content = requireNonNull(content);
        this.size = content.length;
        this.sha256 = requireNonNull(sha256);
        this.stepCode = stepCode;
        this.uploadedBy = requireNonNull(uploadedBy);
        this.uploadedAt = requireNonNull(uploadedAt);
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getContent() {
        return content;
    }

    public String getStepCode() {
        return stepCode;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
