package org.sigti.training;

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

import org.sigti.unit.InstitutionOwned;

/**
 * The training session of a case, as its Acta de capacitación records it: one per case, edited again (its attendees
 * replaced) until the case goes on; {@link TrainingAttendee} holds the attendance list.
 */
@Entity
@Table(name = "training_record")
public class TrainingRecord implements InstitutionOwned {

    public static final int TEXT_MAXLENGTH = 200;

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "institution_code", nullable = false, updatable = false, length = 20)
    private String institutionCode;

    @Column(name = "case_id", nullable = false, updatable = false, unique = true)
    private long caseId;

    @Column(name = "session_date", nullable = false)
    private LocalDate sessionDate;

    @Column(nullable = false, length = TEXT_MAXLENGTH)
    private String place;

    @Column(nullable = false, length = TEXT_MAXLENGTH)
    private String topic;

    @Column(name = "system_id")
    private Long systemId;

    @Column(nullable = false, length = TEXT_MAXLENGTH)
    private String trainer;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected TrainingRecord() {
        // for JPA
    }

    public TrainingRecord(String institutionCode, long caseId) {
        this.institutionCode = requireNonNull(institutionCode, "Institution is required.");
        this.caseId = caseId;
    }

    /** What the session was; who wrote it, when. */
    public void describe(LocalDate sessionDate, String place, String topic, Long systemId, String trainer,
            String recordedBy, Instant recordedAt) {
        this.sessionDate = requireNonNull(sessionDate, "Session date is required.");
        this.place = requireNonNull(place, "Place is required.");
        this.topic = requireNonNull(topic, "Topic is required.");
        this.systemId = systemId;
        this.trainer = requireNonNull(trainer, "Trainer is required.");
        this.recordedBy = requireNonNull(recordedBy, "Who records is required.");
        this.recordedAt = requireNonNull(recordedAt, "Record date is required.");
    }

    public Long getId() {
        return id;
    }

    @Override
    public String getInstitutionCode() {
        return institutionCode;
    }

    public long getCaseId() {
        return caseId;
    }

    public LocalDate getSessionDate() {
        return sessionDate;
    }

    public String getPlace() {
        return place;
    }

    public String getTopic() {
        return topic;
    }

    public Long getSystemId() {
        return systemId;
    }

    public String getTrainer() {
        return trainer;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public long getVersion() {
        return version;
    }
}
