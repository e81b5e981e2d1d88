package org.sigti.pgd;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A row of the risk matrix of the formulation (step 5): the stage it affects, the risk and its treatment action. */
@Entity
@Table(name = "pgd_risk")
public class PgdRisk {

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private long planId;

    @Column(nullable = false)
    private int seq;

    @Column(nullable = false, length = 200)
    private String stage;

    @Column(nullable = false, length = 1000)
    private String description;

    @Column(nullable = false, length = 1000)
    private String treatment;

    @Version
    private long version;

    protected PgdRisk() {
        // for JPA
    }

    public PgdRisk(long planId, int seq, String stage, String description, String treatment) {
        this.planId = planId;
        this.seq = seq;
        this.stage = requireNonNull(stage, "Stage is required.");
        this.description = requireNonNull(description, "Description is required.");
        this.treatment = requireNonNull(treatment, "Treatment is required.");
    }

    public Long getId() {
        return id;
    }

    public int getSeq() {
        return seq;
    }

    public String getStage() {
        return stage;
    }

    public String getDescription() {
        return description;
    }

    public String getTreatment() {
        return treatment;
    }
}
