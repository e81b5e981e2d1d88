package org.sigti.committee;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A document submitted to a session (its name, version and, optionally, the case it belongs to) and what the
 * committee did with it: received it, approved it, modified it, or took note of it. "Cronograma v2 aprobado en la
 * sesión 3" is the row (Cronograma, v2, {@link Outcome#APPROVED}) of session 3.
 */
@Entity
@Table(name = "committee_session_document")
public class SessionDocument {

    public static final int NAME_MAXLENGTH = 200;
    public static final int VERSION_MAXLENGTH = 40;
    public static final int NOTE_MAXLENGTH = 1000;

    /** What the committee did with the document. */
    public enum Outcome {
        SUBMITTED, APPROVED, MODIFIED, NOTED
    }

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "session_id", nullable = false, updatable = false)
    private long sessionId;

    @Column(name = "document_name", nullable = false, length = NAME_MAXLENGTH)
    private String name;

    @Column(name = "document_version", length = VERSION_MAXLENGTH)
    private String documentVersion;

    @Column(name = "case_id")
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Outcome outcome;

    @Column(length = NOTE_MAXLENGTH)
    private String note;

    protected SessionDocument() {
        // for JPA
    }

    public SessionDocument(long sessionId, String name, String documentVersion, Long caseId, Outcome outcome,
            String note) {
        this.sessionId = sessionId;
        this.name = requireNonNull(name, "Name is required.");
        this.documentVersion = documentVersion;
        this.caseId = caseId;
        this.outcome = requireNonNull(outcome, "Outcome is required.");
        this.note = note;
    }

    public Long getId() {
        return id;
    }

    public long getSessionId() {
        return sessionId;
    }

    public String getName() {
        return name;
    }

    public String getDocumentVersion() {
        return documentVersion;
    }

    public Long getCaseId() {
        return caseId;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getNote() {
        return note;
    }
}
