package org.sigti.pgd;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The situation of a project of the current portfolio as its team's coordinator reports it (step 9), and the
 * Jefe(a)'s {@link Decision} on it after analysing the situation with the coordinators (step 11).
 */
@Entity
@Table(name = "pgd_status")
public class PgdStatus {

    /** The manual's three outcomes of step 11. */
    public enum Decision {
        /** The project passes to the new plan. */
        CONTINUA,
        /** Another project replaces it. */
        REEMPLAZADO,
        /** It is dropped. */
        DESESTIMADO
    }

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private long planId;

    @Column(nullable = false, length = 40)
    private String team;

    @Column(nullable = false, length = 300)
    private String project;

    @Column(nullable = false, length = 1000)
    private String status;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Decision decision;

    @Version
    private long version;

    protected PgdStatus() {
        // for JPA
    }

    public PgdStatus(long planId, String team, String project, String status) {
        this.planId = planId;
        this.team = requireNonNull(team, "Team is required.");
        this.project = requireNonNull(project, "Project is required.");
        this.status = requireNonNull(status, "Status is required.");
    }

    public void decide(Decision decision) {
        this.decision = requireNonNull(decision, "Decision is required.");
    }

    public Long getId() {
        return id;
    }

    public String getTeam() {
        return team;
    }

    public String getProject() {
        return project;
    }

    public String getStatus() {
        return status;
    }

    public Decision getDecision() {
        return decision;
    }
}
