package org.sigti.maintenance;

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
import jakarta.persistence.Version;

/**
 * A line of the Bitácora de control de accesos físico al centro de datos (S04.03.01.03, Formato N°1). Life cycle:
 * created {@link #authorized authorized} (there is no line without an authorization); {@link #enter entered} with
 * the visitor's name, identity document and escort; {@link #exit exited}. Entry needs the authorization, exit needs
 * the entry; a refused step changes nothing.
 */
@Entity
@Table(name = "data_center_visit")
@NamedQuery(name = "DataCenterVisit.findByCase", query = "select v from DataCenterVisit v where v.caseId = :caseId")
public class DataCenterVisit {

    public static final int NAME_MAXLENGTH = 200;
    public static final int DOCUMENT_MAXLENGTH = 40;
    public static final int PURPOSE_MAXLENGTH = 200;

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "host_username", nullable = false, length = 100, updatable = false)
    private String hostUsername;

    @Column(nullable = false, length = PURPOSE_MAXLENGTH, updatable = false)
    private String purpose;

    @Column(name = "authorized_by", nullable = false, length = 100, updatable = false)
    private String authorizedBy;

    @Column(name = "authorized_at", nullable = false, updatable = false)
    private Instant authorizedAt;

    @Column(name = "visitor_name", length = NAME_MAXLENGTH)
    private String visitorName;

    @Column(name = "id_document", length = DOCUMENT_MAXLENGTH)
    private String idDocument;

    @Column(length = NAME_MAXLENGTH)
    private String escort;

    @Column(name = "entered_at")
    private Instant enteredAt;

    @Column(name = "exited_at")
    private Instant exitedAt;

    @Version
    private long version;

    protected DataCenterVisit() {
        // for JPA
    }

    private DataCenterVisit(long caseId, String hostUsername, String purpose, String authorizedBy, Instant now) {
        this.caseId = caseId;
        this.hostUsername = requireNonNull(hostUsername, "Host is required.");
        this.purpose = cut(requireNonNull(purpose, "Purpose is required."), PURPOSE_MAXLENGTH);
        this.authorizedBy = requireNonNull(authorizedBy, "Who authorizes is required.");
        this.authorizedAt = requireNonNull(now);
    }

    /** The authorization that opens the line; nobody authorizes a visit they host (four eyes). */
    public static DataCenterVisit authorized(long caseId, String hostUsername, String purpose, String authorizedBy,
            Instant now) {
        if (authorizedBy.equalsIgnoreCase(hostUsername)) {
            throw new IllegalStateException("The host of a visit may not authorize it.");
        }
        return new DataCenterVisit(caseId, hostUsername, purpose, authorizedBy, now);
    }

    /** Signs the visitor in: once, after the authorization. */
    public void enter(String visitorName, String idDocument, String escort, Instant now) {
        if (enteredAt != null) {
            throw new IllegalStateException("The visit of case " + caseId + " already entered.");
        }
        if (now.isBefore(authorizedAt)) {
            throw new IllegalStateException("Entry before the authorization.");
        }
        this.visitorName = cut(requireNonNull(visitorName, "Visitor is required.").strip(), NAME_MAXLENGTH);
        this.idDocument = cut(requireNonNull(idDocument, "Identity document is required.").strip(),
                DOCUMENT_MAXLENGTH);
        this.escort = cut(requireNonNull(escort, "Escort is required.").strip(), NAME_MAXLENGTH);
        this.enteredAt = now;
    }

    /** Signs the visitor out: once, after the entry. */
    public void exit(Instant now) {
        if (enteredAt == null) {
            throw new IllegalStateException("The visit of case " + caseId + " has not entered.");
        }
        if (exitedAt != null) {
            throw new IllegalStateException("The visit of case " + caseId + " already exited.");
        }
        if (now.isBefore(enteredAt)) {
            throw new IllegalStateException("Exit before the entry.");
        }
        this.exitedAt = now;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public String getHostUsername() {
        return hostUsername;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getAuthorizedBy() {
        return authorizedBy;
    }

    public Instant getAuthorizedAt() {
        return authorizedAt;
    }

    public String getVisitorName() {
        return visitorName;
    }

    public String getIdDocument() {
        return idDocument;
    }

    public String getEscort() {
        return escort;
    }

    public Instant getEnteredAt() {
        return enteredAt;
    }

    public Instant getExitedAt() {
        return exitedAt;
    }
}
