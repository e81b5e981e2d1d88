package org.sigti.training;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One line of the attendance list of a {@link TrainingRecord}: name, unit, DNI or e-mail, and whether they signed. */
@Entity
@Table(name = "training_attendee")
public class TrainingAttendee {

    public static final int NAME_MAXLENGTH = 200;
    public static final int UNIT_MAXLENGTH = 200;
    public static final int IDENTITY_MAXLENGTH = 254;

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "record_id", nullable = false, updatable = false)
    private long recordId;

    @Column(name = "line_no", nullable = false, updatable = false)
    private int position;

    @Column(nullable = false, updatable = false, length = NAME_MAXLENGTH)
    private String name;

    @Column(name = "unit_name", nullable = false, updatable = false, length = UNIT_MAXLENGTH)
    private String unit;

    @Column(name = "dni_or_email", nullable = false, updatable = false, length = IDENTITY_MAXLENGTH)
    private String identity;

    @Column(name = "has_signed", nullable = false, updatable = false)
    private boolean signed;

    protected TrainingAttendee() {
        // for JPA
    }

    public TrainingAttendee(long recordId, int position, String name, String unit, String identity, boolean signed) {
        this.recordId = recordId;
        this.position = position;
        this.name = requireNonNull(name, "Attendee name is required.");
        this.unit = requireNonNull(unit, "Attendee unit is required.");
        this.identity = requireNonNull(identity, "Attendee DNI or e-mail is required.");
        this.signed = signed;
    }

    public Long getId() {
        return id;
    }

    public long getRecordId() {
        return recordId;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public String getUnit() {
        return unit;
    }

    public String getIdentity() {
        return identity;
    }

    public boolean isSigned() {
        return signed;
    }
}
