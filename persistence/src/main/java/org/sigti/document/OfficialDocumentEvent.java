package org.sigti.document;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One row of an official document's trail: who did what to it, and when. Written once, never changed. */
@Entity
@Table(name = "official_document_event")
@NamedQuery(name = "OfficialDocumentEvent.trail",
        query = "select e from OfficialDocumentEvent e where e.documentId = :document order by e.at, e.id")
public class OfficialDocumentEvent {

    /** What happened: DRAFTED, EDITED, REVIEW_ASKED, OBSERVED, APPROVED, SIGNED, NUMBERED, SENT, EXTERNAL_NUMBER. */
    public enum Action {
        DRAFTED, EDITED, REVIEW_ASKED, OBSERVED, APPROVED, SIGNED, NUMBERED, SENT, EXTERNAL_NUMBER
    }

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "document_id", nullable = false, updatable = false)
    private Long documentId;

    @Column(name = "acted_at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "username", nullable = false, updatable = false, length = 100)
    private String username;

    @Column(name = "full_name", nullable = false, updatable = false, length = 200)
    private String fullName;

    @Column(name = "action", nullable = false, updatable = false, length = 20)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Action action;

    @Column(name = "detail", updatable = false, length = 500)
    private String detail;

    protected OfficialDocumentEvent() {
        // for JPA
    }

    public OfficialDocumentEvent(long documentId, Instant at, String username, String fullName, Action action,
            String detail) {
        this.documentId = documentId;
        this.at = requireNonNull(at);
        this.username = requireNonNull(username);
        this.fullName = fullName == null ? username : fullName;
        this.action = requireNonNull(action);
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
    }

    public Instant getAt() {
        return at;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public Action getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }
}
