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

/**
 * The progress of one project of the portfolio version followed, as its team's coordinator reports it in a yearly
 * follow-up (S04.01.00.02 step 2): percentage done (0–100), achievements and difficulties.
 */
@Entity
@Table(name = "pgd_progress")
public class PgdProgress {

    public static final int TEXT_MAXLENGTH = 2000;

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "followup_id", nullable = false, updatable = false)
    private long followUpId;

    @Column(nullable = false, length = 40)
    private String team;

    @Column(name = "project_code", nullable = false, length = PgdProject.CODE_MAXLENGTH)
    private String projectCode;

    @Column(name = "project_name", nullable = false, length = PgdProject.NAME_MAXLENGTH)
    private String projectName;

    @Column(name = "percent_done", nullable = false)
    private int percent;

    @Column(nullable = false, length = TEXT_MAXLENGTH)
    private String achievements;

    @Column(nullable = false, length = TEXT_MAXLENGTH)
    private String difficulties;

    @Version
    private long version;

    protected PgdProgress() {
        // for JPA
    }

    public PgdProgress(long followUpId, String team, String projectCode, String projectName, int percent,
            String achievements, String difficulties) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("A project's progress is a percentage from 0 to 100: " + percent);
        }
        this.followUpId = followUpId;
        this.team = requireNonNull(team, "Team is required.");
        this.projectCode = requireNonNull(projectCode, "Project is required.");
        this.projectName = requireNonNull(projectName, "Project name is required.");
        this.percent = percent;
        this.achievements = requireNonNull(achievements, "Achievements are required.");
        this.difficulties = requireNonNull(difficulties, "Difficulties are required.");
    }

    public Long getId() {
        return id;
    }

    public long getFollowUpId() {
        return followUpId;
    }

    public String getTeam() {
        return team;
    }

    public String getProjectCode() {
        return projectCode;
    }

    public String getProjectName() {
        return projectName;
    }

    public int getPercent() {
        return percent;
    }

    public String getAchievements() {
        return achievements;
    }

    public String getDifficulties() {
        return difficulties;
    }
}
