package org.sigti.pgd;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A Plan de Gobierno Digital being formulated (S04.01.00.01) or in force. Life cycle: {@link #PgdPlan opened} by the
 * Jefe(a) de la OGTIE for a period of at least three years (the manual's definition: "aprobado ... para un periodo
 * mínimo de tres (03) años"); its strategic approach, consolidated situation, objectives and introduction filled in by
 * the steps that define them; {@link #approve approved} by the Resolución Ministerial, whose number and publication
 * it keeps.
 */
@Entity
@Table(name = "pgd_plan")
@NamedQuery(name = "PgdPlan.findByCase", query = "select p from PgdPlan p where p.caseId = :caseId")
public class PgdPlan {

    /** The shortest period a plan may cover, in years. */
    public static final int MIN_YEARS = 3;
    public static final int TEXT_MAXLENGTH = 4000;

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "institution_code", nullable = false, updatable = false, length = 20)
    private String institutionCode;

    @Column(name = "start_year", nullable = false)
    private int startYear;

    @Column(name = "end_year", nullable = false)
    private int endYear;

    @Column(length = TEXT_MAXLENGTH)
    private String pesem;

    @Column(name = "pei_objectives", length = TEXT_MAXLENGTH)
    private String peiObjectives;

    @Column(length = TEXT_MAXLENGTH)
    private String policies;

    @Column(length = TEXT_MAXLENGTH)
    private String situation;

    @Column(length = TEXT_MAXLENGTH)
    private String objectives;

    @Column(length = TEXT_MAXLENGTH)
    private String introduction;

    @Column(name = "rm_number", length = 100)
    private String rmNumber;

    @Column(name = "published_at", length = 300)
    private String publishedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected PgdPlan() {
        // for JPA
    }

    public PgdPlan(long caseId, String institutionCode, int startYear, int endYear, Instant createdAt) {
        this.caseId = caseId;
        this.institutionCode = requireNonNull(institutionCode, "Institution is required.");
        this.createdAt = requireNonNull(createdAt, "Creation instant is required.");
        period(startYear, endYear);
    }

    /** Whether a period from {@code startYear} to {@code endYear} (both included) is long enough for a plan. */
    public static boolean coversMinimum(int startYear, int endYear) {
        return endYear - startYear + 1 >= MIN_YEARS;
    }

    /** Sets the plan's period; refuses one shorter than {@link #MIN_YEARS} years. */
    public final void period(int startYear, int endYear) {
        if (!coversMinimum(startYear, endYear)) {
            throw new IllegalArgumentException("A PGD covers at least " + MIN_YEARS + " years: " + startYear + "-"
                    + endYear);
        }
        this.startYear = startYear;
        this.endYear = endYear;
    }

    /** Step 7: the entity's strategic approach. */
    public void strategicApproach(String pesem, String peiObjectives, String policies) {
        this.pesem = pesem;
        this.peiObjectives = peiObjectives;
        this.policies = policies;
    }

    /** Step 10: the consolidated situation of the current portfolio. */
    public void situation(String consolidated) {
        this.situation = consolidated;
    }

    /** Step 12: the objectives of the new period, one a line. */
    public void objectives(String lines) {
        this.objectives = lines;
    }

    /** Step 18: the introduction of the final document. */
    public void introduction(String text) {
        this.introduction = text;
    }

    /** Step 23: the Resolución Ministerial that approves the plan, and where it was published. */
    public void approve(String rmNumber, String publishedAt) {
        this.rmNumber = requireNonNull(rmNumber, "RM number is required.");
        this.publishedAt = publishedAt;
    }

    /** The period as people write it, "2027-2029". */
    public String periodText() {
        return startYear + "-" + endYear;
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public String getInstitutionCode() {
        return institutionCode;
    }

    public int getStartYear() {
        return startYear;
    }

    public int getEndYear() {
        return endYear;
    }

    public String getPesem() {
        return pesem;
    }

    public String getPeiObjectives() {
        return peiObjectives;
    }

    public String getPolicies() {
        return policies;
    }

    public String getSituation() {
        return situation;
    }

    public String getObjectives() {
        return objectives;
    }

    public String getIntroduction() {
        return introduction;
    }

    public String getRmNumber() {
        return rmNumber;
    }

    public String getPublishedAt() {
        return publishedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
