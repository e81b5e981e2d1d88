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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * What the Especialista de Seguridad de la Información wrote on a case of S04.01.00.03: the observations of the
 * review (step 2) and of each verification sent back to the owner (step 5 ↺ 4), and the agreed improvements (step 3).
 * Never changed afterwards: every round stays.
 */
@Entity
@Table(name = "sgsi_review_note")
public class SgsiReviewNote {

    public static final int TEXT_MAXLENGTH = 4000;

    /** What the note is. */
    public enum Kind {
        OBSERVATION, AGREEMENT
    }

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "step_code", nullable = false, updatable = false, length = 20)
    private String stepCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private Kind kind;

    @Column(name = "note_text", nullable = false, updatable = false, length = TEXT_MAXLENGTH)
    private String text;

    @Column(name = "written_by", nullable = false, updatable = false, length = 100)
    private String writtenBy;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    protected SgsiReviewNote() {
        // for JPA
    }

    public SgsiReviewNote(long caseId, String stepCode, Kind kind, String text, String writtenBy, Instant now) {
        this.caseId = caseId;
        this.stepCode = requireNonNull(stepCode);
        this.kind = requireNonNull(kind);
        String t = requireNonNull(text, "The note says something.").strip();
        this.text = t.length() <= TEXT_MAXLENGTH ? t : t.substring(0, TEXT_MAXLENGTH);
        this.writtenBy = requireNonNull(writtenBy);
        this.writtenAt = requireNonNull(now);
    }

    public String getStepCode() {
        return stepCode;
    }

    public Kind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }
}
