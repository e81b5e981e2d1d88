package org.sigti.maintenance;

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
import jakarta.persistence.Version;

/**
 * A line of the Bitácora de control de accesos físico al centro de datos (S04.03.01.03, Formato N°1): one person of
 * one visit. Life cycle: created {@link #authorized authorized} (there is no line without an authorization: the
 * Jefe's for a visit the SG announced, DIPEC's visto bueno or the U.O.'s arrangement for a contractor, see
 * {@link #authorizedContractor}); {@link #enter entered} with the visitor's name, DNI and escort; optionally
 * {@link #supervise supervised}; {@link #exit exited}. Entry needs the authorization, exit needs the entry; while
 * inside, the line holds the person's DNI in {@code inside_document} (unique: nobody is inside twice at once). A
 * refused step changes nothing.
 */
@Entity
@Table(name = "data_center_visit")
@NamedQuery(name = "DataCenterVisit.findByCase", query = "select v from DataCenterVisit v where v.caseId = :caseId"
        + " order by v.id")
@NamedQuery(name = "DataCenterVisit.findInside", query = "select v from DataCenterVisit v"
        + " where v.insideDocument = :document")
public class DataCenterVisit {

    /** How the visit came in: the manual's three entry branches. */
    public enum Branch {
        /** Visit of high-level personnel announced by the Secretaría General (steps 1 to 5). */
        SG_VISIT,
        /** Contractor maintaining OGTIE equipment (steps 7 to 16). */
        OGTIE_EQUIPMENT,
        /** Contractor of another unit of the MINDEF (step 6, then 14 to 16). */
        UNIT_EQUIPMENT
    }

    public static final int NAME_MAXLENGTH = 200;
    public static final int DOCUMENT_MAXLENGTH = 40;
    public static final int PURPOSE_MAXLENGTH = 200;
    public static final int SUPERVISOR_MAXLENGTH = 400;

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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Branch branch = Branch.SG_VISIT;

    @Column(length = NAME_MAXLENGTH, updatable = false)
    private String company;

    @Column(length = SUPERVISOR_MAXLENGTH)
    private String supervisor;

    @Column(name = "inside_document", length = DOCUMENT_MAXLENGTH)
    private String insideDocument;

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

    /**
     * A contractor's line, opened by the authorization of their visit (DIPEC's visto bueno, or the U.O.'s
     * arrangement) with the company, name and DNI of the ticket.
     */
    public static DataCenterVisit authorizedContractor(long caseId, Branch branch, String hostUsername,
            String purpose, String company, String visitorName, String idDocument, String authorizedBy,
            Instant now) {
        if (branch == Branch.SG_VISIT) {
            throw new IllegalArgumentException("A visit of the SG is authorized by the Jefe, not as a contractor's.");
        }
        DataCenterVisit v = new DataCenterVisit(caseId, hostUsername, purpose, authorizedBy, now);
        v.branch = branch;
        v.company = cut(requireNonNull(company, "Company is required.").strip(), NAME_MAXLENGTH);
        v.visitorName = cut(requireNonNull(visitorName, "Visitor is required.").strip(), NAME_MAXLENGTH);
        v.idDocument = cut(requireNonNull(idDocument, "Identity document is required.").strip(), DOCUMENT_MAXLENGTH);
        return v;
    }

    /** Whether a text is a DNI (Documento Nacional de Identidad del Perú): exactly 8 digits. */
    public static boolean isDni(String document) {
        return document != null && document.matches("[0-9]{8}");
    }

    /** Signs a contractor in, with the name and DNI of their ticket. */
    public void enter(String escort, Instant now) {
        enter(visitorName, idDocument, escort, now);
    }

    /** Who supervised the work (step 15), by the kind of equipment; only while the visitor is inside. */
    public void supervise(String supervisedBy) {
        if (insideDocument == null) {
            throw new IllegalStateException("The visitor of case " + caseId + " is not inside.");
        }
        this.supervisor = cut(requireNonNull(supervisedBy, "Supervisor is required.").strip(), SUPERVISOR_MAXLENGTH);
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
        this.insideDocument = this.idDocument;
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
        this.insideDocument = null;
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

    public Branch getBranch() {
        return branch;
    }

    public String getCompany() {
        return company;
    }

    public String getSupervisor() {
        return supervisor;
    }

    /** The DNI while the visitor is inside the data center, else null. */
    public String getInsideDocument() {
        return insideDocument;
    }

    public Instant getEnteredAt() {
        return enteredAt;
    }

    public Instant getExitedAt() {
        return exitedAt;
    }
}
