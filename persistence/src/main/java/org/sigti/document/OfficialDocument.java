package org.sigti.document;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An official document of an institution (§S2 entity 4, "Document in flow"): a nota, oficio, memorándum... written
 * by an issuing unit, optionally for a case. Its life: drafted ({@link OfficialDocumentState#DRAFT}), sent for
 * visto bueno to a named reviewer ({@link #askReview()}), observed back to its author ({@link #observe()}) or
 * approved ({@link #approve()}), signed by its signers in the order set ({@link #sign(String, Instant)}), numbered
 * when the last one signs ({@link #number(String, int, long)}) and sent to its recipients ({@link #send(Instant)}).
 * Who may do each step is decided by the service that calls these methods; the methods keep the order.
 */
@Entity
@Table(name = "official_document")
public class OfficialDocument {

    public static final int NUMBER_MAXLENGTH = 120;
    public static final int SUBJECT_MAXLENGTH = 300;
    public static final int REFERENCE_MAXLENGTH = 300;
    public static final int ADDRESSEES_MAXLENGTH = 2000;
    public static final int BODY_MAXLENGTH = 100000;

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "institution_code", nullable = false, updatable = false, length = 20)
    private String institutionCode;

    @Column(name = "unit_code", nullable = false, updatable = false, length = 20)
    private String unitCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 20)
    private OfficialDocumentKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 12)
    private OfficialDocumentState state;

    /** The case the document belongs to (it is archived with it), or null. */
    @Column(name = "case_id", updatable = false)
    private Long caseId;

    @Column(name = "author_username", nullable = false, updatable = false, length = 100)
    private String authorUsername;

    @Column(name = "author_name", nullable = false, updatable = false, length = 200)
    private String authorName;

    @Column(name = "reviewer_username", length = 100)
    private String reviewerUsername;

    /** One addressee per line ("Señor General ..., Director de ..."). */
    @Column(name = "addressees", nullable = false, length = ADDRESSEES_MAXLENGTH)
    private String addressees;

    @Column(name = "subject", nullable = false, length = SUBJECT_MAXLENGTH)
    private String subject;

    @Column(name = "doc_reference", length = REFERENCE_MAXLENGTH)
    private String reference;

    /** The paragraphs, separated by an empty line. */
    @Column(name = "body", nullable = false, length = BODY_MAXLENGTH)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** The number given at the last signature, e.g. {@code OFICIO N° 000001-2026-MINDEF/OGTIE}. */
    @Column(name = "doc_number", length = NUMBER_MAXLENGTH)
    private String number;

    /** The document's year: the year it was drafted, then the year of its number. The lists filter on it. */
    @Column(name = "doc_year", nullable = false)
    private int year;

    @Column(name = "sequence_number")
    private Long sequence;

    @Column(name = "signed_at")
    private Instant signedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @ElementCollection
    @CollectionTable(name = "official_document_signer", joinColumns = @JoinColumn(name = "document_id"))
    @OrderColumn(name = "position")
    private List<OfficialSignature> signers = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "official_document_recipient", joinColumns = @JoinColumn(name = "document_id"))
    @OrderColumn(name = "position")
    private List<OfficialRecipient> recipients = new ArrayList<>();

    @Version
    private long version;

    protected OfficialDocument() {
        // for JPA
    }

    /** A draft. Its signers and recipients are given in order; there is at least one of each. */
    public OfficialDocument(String institutionCode, String unitCode, OfficialDocumentKind kind, Long caseId,
            String authorUsername, String authorName, Instant createdAt, int createdYear) {
        this.institutionCode = requireNonNull(institutionCode, "The institution is required.");
        this.unitCode = requireNonNull(unitCode, "The issuing unit is required.");
        this.kind = requireNonNull(kind, "The kind of document is required.");
        this.caseId = caseId;
        this.authorUsername = requireNonNull(authorUsername, "The author is required.");
        this.authorName = authorName == null ? authorUsername : authorName;
        this.createdAt = requireNonNull(createdAt, "The time is required.");
        this.state = OfficialDocumentState.DRAFT;
        DocumentSeries.checkYear(createdYear);
        this.year = createdYear;
    }

    /** Writes the draft's text, its reviewer, signers and recipients (only while it is a draft or observed). */
    public void write(String newAddressees, String newSubject, String newReference, String newBody,
            String reviewer, List<OfficialSignature> newSigners, List<OfficialRecipient> newRecipients) {
        requireEditable();
        this.addressees = requireNonNull(newAddressees, "The addressees are required.");
        this.subject = requireNonNull(newSubject, "The subject is required.");
        this.reference = newReference;
        this.body = requireNonNull(newBody, "The paragraphs are required.");
        this.reviewerUsername = reviewer;
        this.signers = new ArrayList<>(newSigners);
        this.recipients = new ArrayList<>(newRecipients);
    }

    public boolean isEditable() {
        return state == OfficialDocumentState.DRAFT || state == OfficialDocumentState.OBSERVED;
    }

    private void requireEditable() {
        if (!isEditable()) {
            throw new IllegalStateException("Document " + id + " is " + state + ", no longer a draft.");
        }
    }

    /** The author asks the reviewer for a visto bueno. */
    public void askReview() {
        requireEditable();
        this.state = OfficialDocumentState.IN_REVIEW;
    }

    /** The reviewer sends it back to the author. */
    public void observe() {
        require(OfficialDocumentState.IN_REVIEW);
        this.state = OfficialDocumentState.OBSERVED;
    }

    /** The reviewer gives the visto bueno: the signers may sign. */
    public void approve() {
        require(OfficialDocumentState.IN_REVIEW);
        this.state = OfficialDocumentState.SIGNING;
    }

    /** The first signer who has not signed yet, while signatures are collected. */
    public Optional<OfficialSignature> nextSigner() {
        if (state != OfficialDocumentState.SIGNING) {
            return Optional.empty();
        }
        return signers.stream().filter(s -> !s.isSigned()).findFirst();
    }

    /**
     * The next signer signs. @return true when that was the last signature (the caller numbers the document).
     */
    public boolean sign(String username, Instant at) {
        OfficialSignature next = nextSigner()
                .orElseThrow(() -> new IllegalStateException("Document " + id + " awaits no signature."));
        if (!next.getUsername().equals(username)) {
            throw new IllegalStateException(username + " is not the next signer of document " + id + ".");
        }
        next.sign(at);
        return nextSigner().isEmpty();
    }

    /** The number given when the last signer signed: the document is signed. */
    public void number(String formatted, int numberYear, long sequenceNumber) {
        require(OfficialDocumentState.SIGNING);
        if (nextSigner().isPresent()) {
            throw new IllegalStateException("Document " + id + " still awaits signatures.");
        }
        this.number = requireNonNull(formatted);
        this.year = numberYear;
        this.sequence = sequenceNumber;
        this.signedAt = signers.get(signers.size() - 1).getSignedAt();
        this.state = OfficialDocumentState.SIGNED;
    }

    /** Sent to every recipient. */
    public void send(Instant at) {
        require(OfficialDocumentState.SIGNED);
        recipients.forEach(r -> r.sent(at));
        this.sentAt = at;
        this.state = OfficialDocumentState.SENT;
    }

    /** Records (or corrects) an external recipient's registry number, e.g. the SISTRADOC expediente. */
    public void externalNumber(int recipient, String registryNumber) {
        if (state != OfficialDocumentState.SENT) {
            throw new IllegalStateException("Document " + id + " was not sent.");
        }
        OfficialRecipient r = recipients.get(recipient);
        if (r.isInternal()) {
            throw new IllegalStateException("An internal unit has no external registry number.");
        }
        r.externalNumber(registryNumber);
    }

    private void require(OfficialDocumentState expected) {
        if (state != expected) {
            throw new IllegalStateException("Document " + id + " is " + state + ", not " + expected + ".");
        }
    }

    public Long getId() {
        return id;
    }

    public String getInstitutionCode() {
        return institutionCode;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public OfficialDocumentKind getKind() {
        return kind;
    }

    public OfficialDocumentState getState() {
        return state;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getAuthorUsername() {
        return authorUsername;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getReviewerUsername() {
        return reviewerUsername;
    }

    public String getAddressees() {
        return addressees;
    }

    public String getSubject() {
        return subject;
    }

    public String getReference() {
        return reference;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getNumber() {
        return number;
    }

    public int getYear() {
        return year;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public List<OfficialSignature> getSigners() {
        return List.copyOf(signers);
    }

    public List<OfficialRecipient> getRecipients() {
        return List.copyOf(recipients);
    }
}
