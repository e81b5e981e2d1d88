package org.sigti.pgd;

import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sigti.pgd.PgdRows.ActivityRow;
import org.sigti.pgd.PgdRows.ApprovalRow;
import org.sigti.pgd.PgdRows.FollowUpRow;
import org.sigti.pgd.PgdRows.PlanView;
import org.sigti.pgd.PgdRows.ProgressRow;
import org.sigti.pgd.PgdRows.ProjectRow;
import org.sigti.pgd.PgdRows.RiskRow;
import org.sigti.pgd.PgdRows.StatusRow;
import org.sigti.pgd.PgdRows.VersionRow;
import org.sigti.security.AccessDeniedException;
import org.sigti.security.Roles;
import org.sigti.security.SecurityEvents;
import org.sigti.workflow.Actor;
import org.sigti.workflow.Callers;
import org.sigti.workflow.WorkCase;
import org.sigti.workflow.WorkflowException;

/**
 * Reads a case's Plan de Gobierno Digital for the screens: the plan with one version of its portfolio, and the final
 * document as a PDF. Who: the institution's OGTIE staff, its Auditor, the CGD's members and the Alta Dirección (who
 * approve it); anyone else, or a case of another institution, is recorded as a denied access and refused. Reads only.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUDITOR, Roles.COMITE,
        Roles.AUTORIDAD})
public class PgdRegister {

    /** The most rows of a table the screen gets (a plan has tens of projects, activities and risks). */
    public static final int MAX_ROWS = 200;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @EJB
    SecurityEvents securityEvents;

    @Inject
    Plans plans;

    @Inject
    Portfolios portfolios;

    @Inject
    FollowUps followUps;

    /** Whether the case has a plan the caller may read (the case page's panel); never refuses. */
    public boolean has(long caseId) {
        Actor actor = actor();
        WorkCase c = em.find(WorkCase.class, caseId);
        return c != null && mayRead(actor, c)
                && (plans.find(caseId) != null || followUps.find(caseId).isPresent());
    }

    /**
     * The case's plan (a formulation's, or the plan a follow-up case follows) with portfolio version {@code version}
     * (null: the newest) and its follow-ups.
     */
    public PlanView view(long caseId, Integer version) {
        PgdPlan plan = readable(caseId, "PgdRegister.view");
        WorkCase c = em.find(WorkCase.class, plan.getCaseId());
        PgdPortfolio shown = version == null ? portfolios.latest(plan) : portfolios.version(plan, version);
        List<VersionRow> versions = portfolios.versions(plan).stream().map(v -> new VersionRow(v.getNumber(),
                v.getCreatedAt(), v.getApprovedSession(), em.createQuery("select count(p) from PgdProject p"
                        + " where p.portfolioId = :v", Long.class).setParameter("v", v.getId()).getSingleResult()))
                .toList();
        List<ProjectRow> projects = portfolios.projects(shown).stream().limit(MAX_ROWS).map(p -> new ProjectRow(
                p.getCode(), p.getName(), p.getTeam(), p.getObjective(), p.getPeiObjective(), p.getBudget(),
                p.getDurationMonths(), p.getIndicators(), p.isCarriedOver(), p.getPriority())).toList();
        List<ActivityRow> activities = PgdRows.timeline(plans.activities(plan).stream().limit(MAX_ROWS).toList());
        List<RiskRow> risks = plans.risks(plan).stream().limit(MAX_ROWS).map(r -> new RiskRow(r.getSeq(),
                r.getStage(), r.getDescription(), r.getTreatment())).toList();
        List<StatusRow> statuses = plans.statuses(plan).stream().limit(MAX_ROWS).map(s -> new StatusRow(s.getTeam(),
                s.getProject(), s.getStatus(), s.getDecision() == null ? null : s.getDecision().name())).toList();
        List<ApprovalRow> approvals = plans.approvals(plan).stream().map(a -> new ApprovalRow(a.getSubject(),
                a.getSession(), a.getAgreement(), a.getMember(), a.getApprovedAt())).toList();
        List<String> objectives = plan.getObjectives() == null ? List.of()
                : plan.getObjectives().lines().filter(l -> !l.isBlank()).map(String::strip).toList();
        List<FollowUpRow> follows = followUps.ofPlan(plan).stream().limit(MAX_ROWS).map(this::followUp).toList();
        return new PlanView(plan.getCaseId(), c.getNumber(), c.getTitle(), plan.getStartYear(), plan.getEndYear(),
                plan.getPesem(), plan.getPeiObjectives(), plan.getPolicies(), plan.getSituation(), objectives,
                plan.getRmNumber(), plan.getPublishedAt(), shown.getNumber(), versions, projects, activities, risks,
                statuses, approvals, follows);
    }

    private FollowUpRow followUp(PgdFollowUp f) {
        WorkCase c = em.find(WorkCase.class, f.getCaseId());
        Integer produced = f.getNewPortfolioId() == null ? null
                : em.find(PgdPortfolio.class, f.getNewPortfolioId()).getNumber();
        List<ProgressRow> progress = followUps.progress(f).stream().limit(MAX_ROWS).map(p -> new ProgressRow(
                p.getTeam(), p.getProjectCode(), p.getProjectName(), p.getPercent(), p.getAchievements(),
                p.getDifficulties())).toList();
        return new FollowUpRow(f.getCaseId(), c.getNumber(), f.getYear(), followUps.followed(f).getNumber(),
                f.getReportNumber(), f.getReportNumber() == null ? null : f.getReportDocumentId(),
                f.getNotedSession(), f.getPortfolioModified(), produced, progress);
    }

    /** The final PGD document of the case, with portfolio version {@code version} (null: the newest). */
    public byte[] pdf(long caseId, Integer version) {
        PgdPlan plan = readable(caseId, "PgdRegister.pdf");
        return plans.document(plan, version == null ? portfolios.latest(plan) : portfolios.version(plan, version));
    }

    private PgdPlan readable(long caseId, String action) {
        Actor actor = actor();
        WorkCase c = em.find(WorkCase.class, caseId);
        if (c == null || !mayRead(actor, c)) {
            securityEvents.accessDenied(action, "PgdPlan", String.valueOf(caseId), null, c == null ? "no such case"
                    : "case of another institution, or a role that does not read plans");
            throw new AccessDeniedException(action + " on case " + caseId);
        }
        PgdPlan plan = plans.find(caseId);
        if (plan == null) {
            plan = followUps.find(caseId).map(followUps::plan).orElseThrow(
                    () -> new WorkflowException("pgd.plan.none"));
        }
        return plan;
    }

    private static boolean mayRead(Actor actor, WorkCase c) {
        return actor.of(c.getInstitutionCode()) && (actor.isItStaff() || actor.has(Roles.AUDITOR)
                || actor.has(Roles.COMITE) || actor.has(Roles.AUTORIDAD));
    }

    private Actor actor() {
        return Callers.actor(context, em);
    }
}
