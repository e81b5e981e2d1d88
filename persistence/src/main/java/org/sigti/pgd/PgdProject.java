package org.sigti.pgd;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A project of a portfolio version with its ficha de proyecto (objective, alignment with a PEI objective, responsible
 * team, budget, duration, indicators), or a project of the current portfolio carried over to the new plan (step 11,
 * "continúa"), and from step 16 its priority. {@link #copyInto} makes the same project in a new portfolio version.
 */
@Entity
@Table(name = "pgd_project")
public class PgdProject {

    public static final int CODE_MAXLENGTH = 40;
    public static final int NAME_MAXLENGTH = 300;
    public static final int TEXT_MAXLENGTH = 2000;

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "portfolio_id", nullable = false, updatable = false)
    private long portfolioId;

    @Column(nullable = false, length = CODE_MAXLENGTH)
    private String code;

    @Column(nullable = false, length = NAME_MAXLENGTH)
    private String name;

    @Column(nullable = false, length = 40)
    private String team;

    @Column(length = TEXT_MAXLENGTH)
    private String objective;

    @Column(name = "pei_objective", length = NAME_MAXLENGTH)
    private String peiObjective;

    @Column(precision = 16, scale = 2)
    private BigDecimal budget;

    @Column(name = "duration_months")
    private Integer durationMonths;

    @Column(length = TEXT_MAXLENGTH)
    private String indicators;

    @Column(name = "carried_over", nullable = false)
    private boolean carriedOver;

    private Integer priority;

    @Version
    private long version;

    protected PgdProject() {
        // for JPA
    }

    public PgdProject(long portfolioId, String code, String name, String team, boolean carriedOver) {
        this.portfolioId = portfolioId;
        this.code = requireNonNull(code, "Code is required.");
        this.name = requireNonNull(name, "Name is required.");
        this.team = requireNonNull(team, "Team is required.");
        this.carriedOver = carriedOver;
    }

    /** The ficha de proyecto. */
    public void sheet(String objective, String peiObjective, BigDecimal budget, Integer durationMonths,
            String indicators) {
        this.objective = objective;
        this.peiObjective = peiObjective;
        this.budget = budget;
        this.durationMonths = durationMonths;
        this.indicators = indicators;
    }

    /** The yearly update (S04.01.00.02 step 7): the project's name as its coordinator now writes it. */
    public void rename(String name) {
        this.name = requireNonNull(name, "Name is required.");
    }

    /** Step 16: its place in the prioritized list (1 first). */
    public void prioritize(int priority) {
        if (priority < 1) {
            throw new IllegalArgumentException("Priorities start at 1.");
        }
        this.priority = priority;
    }

    /** The same project, its sheet and priority, in another portfolio version. */
    public PgdProject copyInto(long otherPortfolioId) {
        PgdProject copy = new PgdProject(otherPortfolioId, code, name, team, carriedOver);
        copy.sheet(objective, peiObjective, budget, durationMonths, indicators);
        copy.priority = priority;
        return copy;
    }

    public Long getId() {
        return id;
    }

    public long getPortfolioId() {
        return portfolioId;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getTeam() {
        return team;
    }

    public String getObjective() {
        return objective;
    }

    public String getPeiObjective() {
        return peiObjective;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public Integer getDurationMonths() {
        return durationMonths;
    }

    public String getIndicators() {
        return indicators;
    }

    public boolean isCarriedOver() {
        return carriedOver;
    }

    public Integer getPriority() {
        return priority;
    }
}
