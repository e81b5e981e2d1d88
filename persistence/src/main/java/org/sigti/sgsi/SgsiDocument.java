package org.sigti.sgsi;

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

import org.sigti.unit.InstitutionOwned;

/**
 * An entry of the register of SGSI documents and records (S04.01.00.03): a document of one OGTIE team, known by its
 * code (SGSI-FOR-026, unique in its institution). Life cycle: registered {@link SgsiDocumentState#VIGENTE vigente}
 * with its first file version; {@link #sendForReview sent for review} by its team (en revisión); given new file
 * versions while in review; {@link #approve approved} by the Jefe(a)'s Memorándum interno, which makes the newest
 * version the one in force (vigente again), or {@link #release released} unchanged when the review ends without an
 * approval; or {@link #retire retired} (obsoleto). Its versions are
 * {@link SgsiDocumentVersion}s, never deleted.
 */
@Entity
@Table(name = "sgsi_document")
@NamedQuery(name = "SgsiDocument.findByCode", query = "select d from SgsiDocument d"
        + " where d.institutionCode = :institution and d.code = :code")
public class SgsiDocument implements InstitutionOwned {

    public static final int CODE_MAXLENGTH = 30;
    public static final int TITLE_MAXLENGTH = 300;
    public static final int VERSION_MAXLENGTH = 20;

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "institution_code", nullable = false, updatable = false, length = 20)
    private String institutionCode;

    @Column(nullable = false, updatable = false, length = CODE_MAXLENGTH)
    private String code;

    @Column(nullable = false, length = TITLE_MAXLENGTH)
    private String title;

    /** The version in force (or, before any approval, the one registered). */
    @Column(name = "version_label", nullable = false, length = VERSION_MAXLENGTH)
    private String versionLabel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SgsiDocumentState state;

    @Column(name = "team_code", nullable = false, length = 20)
    private String teamCode;

    /** The number of the Memorándum interno that approved the version in force, if one did. */
    @Column(length = 120)
    private String memorandum;

    @Column(name = "registered_by", nullable = false, updatable = false, length = 100)
    private String registeredBy;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    protected SgsiDocument() {
        // for JPA
    }

    /** A document registered in force, with its first version. */
    public SgsiDocument(String institutionCode, String code, String title, String versionLabel, String teamCode,
            String registeredBy, Instant now) {
        this.institutionCode = requireNonNull(institutionCode, "Institution is required.");
        this.code = requireNonNull(code, "Code is required.");
        this.title = requireNonNull(title, "Title is required.");
        this.versionLabel = requireNonNull(versionLabel, "Version is required.");
        this.teamCode = requireNonNull(teamCode, "Team is required.");
        this.registeredBy = requireNonNull(registeredBy, "Who registers it is required.");
        this.registeredAt = requireNonNull(now);
        this.changedAt = now;
        this.state = SgsiDocumentState.VIGENTE;
    }

    /** Its team sends it to the Especialista (step 1). */
    public void sendForReview(Instant now) {
        state = SgsiDocumentState.EN_REVISION;
        changedAt = now;
    }

    /** The Jefe(a) approved {@code approvedVersion} by the Memorándum interno {@code number} (step 12). */
    public void approve(String approvedVersion, String number, Instant now) {
        versionLabel = requireNonNull(approvedVersion);
        memorandum = requireNonNull(number);
        state = SgsiDocumentState.VIGENTE;
        changedAt = now;
    }

    /**
     * The review ended without an approval (the unexpected-event branch closes at step 9): in force again with the
     * version it had; the versions uploaded meanwhile stay, not in force.
     */
    public void release(Instant now) {
        if (state == SgsiDocumentState.EN_REVISION) {
            state = SgsiDocumentState.VIGENTE;
            changedAt = now;
        }
    }

    /** No longer applies. */
    public void retire(Instant now) {
        state = SgsiDocumentState.OBSOLETO;
        changedAt = now;
    }

    public Long getId() {
        return id;
    }

    @Override
    public String getInstitutionCode() {
        return institutionCode;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getVersionLabel() {
        return versionLabel;
    }

    public SgsiDocumentState getState() {
        return state;
    }

    public String getTeamCode() {
        return teamCode;
    }

    public String getMemorandum() {
        return memorandum;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public long getVersion() {
        return version;
    }
}
