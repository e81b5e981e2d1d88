package org.sigti.pgd;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An activity of the work schedule for formulating the PGD (step 2): its phase, name, start and duration. */
@Entity
@Table(name = "pgd_activity")
public class PgdActivity {

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private long planId;

    @Column(nullable = false)
    private int seq;

    @Column(nullable = false, length = 200)
    private String phase;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "duration_days", nullable = false)
    private int durationDays;

    @Version
    private long version;

    protected PgdActivity() {
        // for JPA
    }

    public PgdActivity(long planId, int seq, String phase, String name, LocalDate startsOn, int durationDays) {
        if (durationDays < 1) {
            throw new IllegalArgumentException("An activity lasts at least a day.");
        }
        this.planId = planId;
        this.seq = seq;
        this.phase = requireNonNull(phase, "Phase is required.");
        this.name = requireNonNull(name, "Name is required.");
        this.startsOn = requireNonNull(startsOn, "Start is required.");
        this.durationDays = durationDays;
    }

    /** The last day of the activity. */
    public LocalDate endsOn() {
        return startsOn.plusDays(durationDays - 1L);
    }

    public Long getId() {
        return id;
    }

    public long getPlanId() {
        return planId;
    }

    public int getSeq() {
        return seq;
    }

    public String getPhase() {
        return phase;
    }

    public String getName() {
        return name;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public int getDurationDays() {
        return durationDays;
    }
}
