package org.sigti.committee;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A session of a committee. Life cycle: {@link #CommitteeSession held} with its number in the committee, date and
 * the oficio that called it (optionally for a case: the procedure step that asked for it); its agenda and
 * agreements (one item per line), attendance and documents are recorded while it has no acta; {@link #actaDrafted}
 * freezes it: the acta, an official document, is signed by exactly the members present.
 */
@Entity
@Table(name = "committee_session")
public class CommitteeSession {

    public static final int CONVENED_BY_MAXLENGTH = 300;
    public static final int TEXT_MAXLENGTH = 20000;

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "committee_id", nullable = false, updatable = false)
    private long committeeId;

    @Column(name = "institution_code", nullable = false, updatable = false, length = 20)
    private String institutionCode;

    @Column(name = "session_number", nullable = false, updatable = false)
    private int number;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "convened_by", nullable = false, length = CONVENED_BY_MAXLENGTH)
    private String convenedBy;

    @Column(name = "case_id")
    private Long caseId;

    @Column(length = TEXT_MAXLENGTH)
    private String agenda;

    @Column(length = TEXT_MAXLENGTH)
    private String agreements;

    @Column(name = "acta_document_id")
    private Long actaDocumentId;

    @Column(name = "created_by", nullable = false, updatable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected CommitteeSession() {
        // for JPA
    }

    public CommitteeSession(Committee committee, int number, LocalDate heldOn, String convenedBy, Long caseId,
            String createdBy, Instant createdAt) {
        this.committeeId = committee.getId();
        this.institutionCode = committee.getInstitutionCode();
        this.number = number;
        this.heldOn = requireNonNull(heldOn, "Date is required.");
        this.convenedBy = requireNonNull(convenedBy, "Oficio is required.");
        this.caseId = caseId;
        this.createdBy = requireNonNull(createdBy, "Author is required.");
        this.createdAt = requireNonNull(createdAt, "Instant is required.");
    }

    /** Records the agenda and the agreements, one item per line; only before the acta is drafted. */
    public void record(String agenda, String agreements) {
        requireOpen();
        this.agenda = agenda;
        this.agreements = agreements;
    }

    /** The acta was drafted as official document {@code documentId}: the session is closed to changes. */
    public void actaDrafted(long documentId) {
        requireOpen();
        this.actaDocumentId = documentId;
    }

    public boolean isOpen() {
        return actaDocumentId == null;
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw new IllegalStateException("Session " + id + " already has its acta.");
        }
    }

    public Long getId() {
        return id;
    }

    public long getCommitteeId() {
        return committeeId;
    }

    public String getInstitutionCode() {
        return institutionCode;
    }

    public int getNumber() {
        return number;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getConvenedBy() {
        return convenedBy;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getAgenda() {
        return agenda;
    }

    public String getAgreements() {
        return agreements;
    }

    public Long getActaDocumentId() {
        return actaDocumentId;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
