package org.sigti.sgsi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A register entry that a case of S04.01.00.03 sends for review (step 1). */
@Entity
@Table(name = "sgsi_review_item")
public class SgsiReviewItem {

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "document_id", nullable = false, updatable = false)
    private long documentId;

    protected SgsiReviewItem() {
        // for JPA
    }

    public SgsiReviewItem(long caseId, long documentId) {
        this.caseId = caseId;
        this.documentId = documentId;
    }

    public long getCaseId() {
        return caseId;
    }

    public long getDocumentId() {
        return documentId;
    }
}
