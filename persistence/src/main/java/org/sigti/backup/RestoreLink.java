package org.sigti.backup;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * Which backup copy a restore request (S04.03.02.02) restored, what it restored (a system, a database or personal
 * information, up to which date) and whether it overwrote a system's data. The copy is one SIGTI holds (its number)
 * or one made outside SIGTI, a file share's or a person's copy (where it is, which copy, its date). Written once,
 * when the Profesional completes step 19 (5); never changed.
 */
@Entity
@Table(name = "restore_link")
@NamedQuery(name = "RestoreLink.findByCase", query = "select r from RestoreLink r where r.caseId = :caseId")
@NamedQuery(name = "RestoreLink.findByCopy",
        query = "select r from RestoreLink r where r.copyId = :copyId order by r.restoredAt desc, r.id desc")
@NamedQuery(name = "RestoreLink.findRestoredBetween", query = "select r from RestoreLink r, WorkCase c"
        + " where c.id = r.caseId and c.institutionCode = :institution and r.restoredAt >= :from"
        + " and r.restoredAt < :to order by r.restoredAt, r.id")
public class RestoreLink {

    public static final int TARGET_NAME_MAXLENGTH = 200;
    public static final int OUTSIDE_LOCATION_MAXLENGTH = 300;
    public static final int OUTSIDE_COPY_MAXLENGTH = 200;

    /** What a restore brings back (procedures.md E13 step 15). */
    public enum TargetKind {
        SISTEMA, BASE_DATOS, INFORMACION_PERSONAL
    }

    /** Where the copy restored comes from: one SIGTI holds, or one made outside SIGTI. */
    public enum CopyOrigin {
        SIGTI, EXTERNA
    }

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    /** The SIGTI copy restored; null for a copy made outside SIGTI. */
    @Column(name = "copy_id", updatable = false)
    private Long copyId;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "copy_origin", nullable = false, length = 10, updatable = false)
    private CopyOrigin copyOrigin;

    @Column(name = "outside_location", length = OUTSIDE_LOCATION_MAXLENGTH, updatable = false)
    private String outsideLocation;

    @Column(name = "outside_copy", length = OUTSIDE_COPY_MAXLENGTH, updatable = false)
    private String outsideCopy;

    @Column(name = "outside_taken_on", updatable = false)
    private LocalDate outsideTakenOn;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "target_kind", nullable = false, length = 20, updatable = false)
    private TargetKind targetKind;

    @Column(name = "target_name", nullable = false, length = TARGET_NAME_MAXLENGTH, updatable = false)
    private String targetName;

    @Column(name = "up_to_date", updatable = false)
    private LocalDate upToDate;

    @Column(nullable = false, updatable = false)
    private boolean overwrites;

    @Column(name = "restored_by", nullable = false, length = 100, updatable = false)
    private String restoredBy;

    @Column(name = "restored_at", nullable = false, updatable = false)
    private Instant restoredAt;

    protected RestoreLink() {
        // for JPA
    }

    /** A restore from the SIGTI copy {@code copyId}. */
    public RestoreLink(long caseId, long copyId, TargetKind targetKind, String targetName, LocalDate upToDate,
            boolean overwrites, String restoredBy, Instant restoredAt) {
        this(caseId, targetKind, targetName, upToDate, overwrites, restoredBy, restoredAt);
        this.copyId = copyId;
        this.copyOrigin = CopyOrigin.SIGTI;
    }

    /** A restore from a copy made outside SIGTI: where it is, which copy it is and the day it was taken. */
    public static RestoreLink outside(long caseId, String location, String copy, LocalDate takenOn,
            TargetKind targetKind, String targetName, LocalDate upToDate, boolean overwrites, String restoredBy,
            Instant restoredAt) {
        RestoreLink link = new RestoreLink(caseId, targetKind, targetName, upToDate, overwrites, restoredBy,
                restoredAt);
        link.copyOrigin = CopyOrigin.EXTERNA;
        link.outsideLocation = requireNonNull(location, "The outside copy's location is required.");
        link.outsideCopy = requireNonNull(copy, "The outside copy is required.");
        link.outsideTakenOn = requireNonNull(takenOn, "The outside copy's date is required.");
        return link;
    }

    private RestoreLink(long caseId, TargetKind targetKind, String targetName, LocalDate upToDate,
            boolean overwrites, String restoredBy, Instant restoredAt) {
        this.caseId = caseId;
        this.targetKind = requireNonNull(targetKind, "Target kind is required.");
        this.targetName = requireNonNull(targetName, "Target is required.");
        this.upToDate = upToDate;
        this.overwrites = overwrites;
        this.restoredBy = requireNonNull(restoredBy, "Restorer is required.");
        this.restoredAt = requireNonNull(restoredAt, "Restore time is required.");
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    /** The SIGTI copy restored, or null when it was made outside SIGTI. */
    public Long getCopyId() {
        return copyId;
    }

    public CopyOrigin getCopyOrigin() {
        return copyOrigin;
    }

    public String getOutsideLocation() {
        return outsideLocation;
    }

    public String getOutsideCopy() {
        return outsideCopy;
    }

    public LocalDate getOutsideTakenOn() {
        return outsideTakenOn;
    }

    public TargetKind getTargetKind() {
        return targetKind;
    }

    public String getTargetName() {
        return targetName;
    }

    public LocalDate getUpToDate() {
        return upToDate;
    }

    public boolean isOverwrites() {
        return overwrites;
    }

    public String getRestoredBy() {
        return restoredBy;
    }

    public Instant getRestoredAt() {
        return restoredAt;
    }
}
