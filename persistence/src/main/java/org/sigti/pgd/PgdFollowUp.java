package org.sigti.pgd;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A yearly follow-up of a plan in force (S04.01.00.02), one per plan and year. Life cycle: opened for the plan's
 * newest portfolio version; the Informe de seguimiento's content {@link #report drafted} (step 3) and
 * {@link #reportNumber numbered} when the Jefe(a) signs it (step 4); {@link #noted noted} by the CGD in session (step
 * 5), which says whether the portfolio is modified; then, if so, {@link #produced} the next portfolio version (step 6).
 */
@Entity
@Table(name = "pgd_followup")
public class PgdFollowUp {

    public static final int TEXT_MAXLENGTH = 4000;

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private long planId;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "follow_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "portfolio_id", nullable = false, updatable = false)
    private long portfolioId;

    @Column(name = "new_portfolio_id")
    private Long newPortfolioId;

    @Column(length = TEXT_MAXLENGTH)
    private String recommendations;

    @Column(length = TEXT_MAXLENGTH)
    private String difficulties;

    @Column(length = TEXT_MAXLENGTH)
    private String achievements;

    @Column(length = TEXT_MAXLENGTH)
    private String commitments;

    @Column(name = "report_document_id")
    private Long reportDocumentId;

    @Column(name = "report_number", length = 200)
    private String reportNumber;

    @Column(name = "noted_session", length = 100)
    private String notedSession;

    @Column(name = "noted_agreement", length = 2000)
    private String notedAgreement;

    @Column(name = "portfolio_modified")
    private Boolean portfolioModified;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected PgdFollowUp() {
        // for JPA
    }

    public PgdFollowUp(long planId, long caseId, int year, long portfolioId, Instant createdAt) {
        this.planId = planId;
        this.caseId = caseId;
        this.year = year;
        this.portfolioId = portfolioId;
        this.createdAt = requireNonNull(createdAt, "Creation instant is required.");
    }

    /** Step 3: the Responsable's part of the Informe de seguimiento, and the official document that carries it. */
    public void report(String recommendations, String difficulties, String achievements, String commitments,
            long documentId) {
        this.recommendations = recommendations;
        this.difficulties = difficulties;
        this.achievements = achievements;
        this.commitments = commitments;
        this.reportDocumentId = documentId;
    }

    /** Step 4: the Jefe(a)'s signature numbered the informe. */
    public void reportNumber(String number) {
        this.reportNumber = requireNonNull(number, "Number is required.");
    }

    /** Step 5: the CGD took note in session, and decided whether the portfolio is modified. */
    public void noted(String session, String agreement, boolean modified) {
        this.notedSession = requireNonNull(session, "Session is required.");
        this.notedAgreement = requireNonNull(agreement, "Agreement is required.");
        this.portfolioModified = modified;
    }

    /** Step 6: the portfolio version this follow-up produced. */
    public void produced(long newPortfolioId) {
        this.newPortfolioId = newPortfolioId;
    }

    public Long getId() {
        return id;
    }

    public long getPlanId() {
        return planId;
    }

    public long getCaseId() {
        return caseId;
    }

    public int getYear() {
        return year;
    }

    public long getPortfolioId() {
        return portfolioId;
    }

    public Long getNewPortfolioId() {
        return newPortfolioId;
    }

    public String getRecommendations() {
        return recommendations;
    }

    public String getDifficulties() {
        return difficulties;
    }

    public String getAchievements() {
        return achievements;
    }

    public String getCommitments() {
        return commitments;
    }

    public Long getReportDocumentId() {
        return reportDocumentId;
    }

    public String getReportNumber() {
        return reportNumber;
    }

    public String getNotedSession() {
        return notedSession;
    }

    public String getNotedAgreement() {
        return notedAgreement;
    }

    public Boolean getPortfolioModified() {
        return portfolioModified;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
