package org.sigti.pgd;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.sigti.pgd.PgdInput.ActivityLine;
import org.sigti.pgd.PgdInput.DecisionLine;
import org.sigti.pgd.PgdInput.PriorityLine;
import org.sigti.pgd.PgdInput.RiskLine;
import org.sigti.pgd.PgdInput.SheetLine;
import org.sigti.pgd.PgdInput.StatusLine;
import org.sigti.pgd.PgdStatus.Decision;
import org.sigti.people.Institutions;
import org.sigti.unit.Institution;
import org.sigti.workflow.WorkCase;
import org.sigti.workflow.WorkflowException;

/**
 * Records what the formulation's steps decide about the plan, inside the step's move (a refusal rolls the move back
 * whole): the plan and its period, the schedule, the risks, the strategic approach, each coordinator's status report,
 * the consolidated situation, the decision per project (the projects that continue pass to the new portfolio), the
 * objectives, each team's project sheets, the priorities, the CGD's approvals and the Resolución Ministerial.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Plans {

    @PersistenceContext
    EntityManager em;

    @Inject
    Portfolios portfolios;

    @Inject
    PgdDocument document;

    @Inject
    Institutions institutions;

    /**
     * Step 1: the plan of a formulation case for {@code startYear}–{@code endYear}, with its portfolio's version 1;
     * the period is set again when the step is done again. A period shorter than three years is refused.
     */
    public PgdPlan open(long caseId, String institution, String startField, String start, String endField,
            String end) {
        int from = PgdInput.year(startField, start);
        int to = PgdInput.year(endField, end);
        if (!PgdPlan.coversMinimum(from, to)) {
            throw new WorkflowException("pgd.period.short", Map.of(endField, "pgd.period.short.field"),
                    String.valueOf(from), String.valueOf(to));
        }
        PgdPlan plan = find(caseId);
        if (plan == null) {
            plan = new PgdPlan(caseId, institution, from, to, now());
            em.persist(plan);
            em.flush();
            portfolios.first(plan);
        } else {
            plan.period(from, to);
        }
        return plan;
    }

    /** The plan of a formulation case, or null. */
    public PgdPlan find(long caseId) {
        return em.createNamedQuery("PgdPlan.findByCase", PgdPlan.class).setParameter("caseId", caseId)
                .getResultStream().findFirst().orElse(null);
    }

    /** The plan of a formulation case; a case without one is a programming error of its procedure. */
    public PgdPlan of(long caseId) {
        PgdPlan plan = find(caseId);
        if (plan == null) {
            throw new IllegalStateException("Case " + caseId + " has no PGD");
        }
        return plan;
    }

    /** Step 2 (and step 4 when the CGD modifies it): the work schedule, replacing the one recorded. */
    public void schedule(PgdPlan plan, List<ActivityLine> activities) {
        em.createQuery("delete from PgdActivity a where a.planId = :p").setParameter("p", plan.getId())
                .executeUpdate();
        int seq = 0;
        for (ActivityLine a : activities) {
            em.persist(new PgdActivity(plan.getId(), ++seq, a.phase(), a.name(), a.startsOn(), a.durationDays()));
        }
    }

    /** Step 5: the risk matrix, replacing the one recorded. */
    public void risks(PgdPlan plan, List<RiskLine> risks) {
        em.createQuery("delete from PgdRisk r where r.planId = :p").setParameter("p", plan.getId()).executeUpdate();
        int seq = 0;
        for (RiskLine r : risks) {
            em.persist(new PgdRisk(plan.getId(), ++seq, r.stage(), r.description(), r.treatment()));
        }
    }

    /** Step 9: a coordinator's report on their team's projects of the current portfolio, replacing theirs. */
    public void status(PgdPlan plan, String team, List<StatusLine> rows) {
        em.createQuery("delete from PgdStatus s where s.planId = :p and s.team = :t").setParameter("p", plan.getId())
                .setParameter("t", team).executeUpdate();
        for (StatusLine r : rows) {
            em.persist(new PgdStatus(plan.getId(), team, r.project(), r.status()));
        }
    }

    /**
     * Step 11: the Jefe(a)'s decision on every project reported; those that continue pass to the new portfolio's
     * version 1 (code "C-n", their team's). A project not reported, or a reported one left without a decision, is
     * refused against {@code field}.
     */
    public void decide(PgdPlan plan, String field, List<DecisionLine> decisions) {
        List<PgdStatus> reported = statuses(plan);
        Map<String, PgdStatus> byName = new LinkedHashMap<>();
        reported.forEach(s -> byName.put(key(s.getProject()), s));
        Set<String> decided = new HashSet<>();
        for (DecisionLine d : decisions) {
            PgdStatus s = byName.get(key(d.project()));
            if (s == null) {
                throw new WorkflowException("pgd.decision.unknown", Map.of(field, "pgd.decision.unknown.field"),
                        d.project());
            }
            s.decide(d.decision());
            decided.add(key(d.project()));
        }
        for (PgdStatus s : reported) {
            if (!decided.contains(key(s.getProject()))) {
                throw new WorkflowException("pgd.decision.missing", Map.of(field, "pgd.decision.missing.field"),
                        s.getProject());
            }
        }
        PgdPortfolio first = portfolios.version(plan, 1);
        em.createQuery("delete from PgdProject p where p.portfolioId = :f and p.carriedOver = true")
                .setParameter("f", first.getId()).executeUpdate();
        int n = 0;
        for (PgdStatus s : reported) {
            if (s.getDecision() == Decision.CONTINUA) {
                em.persist(new PgdProject(first.getId(), "C-" + (++n), s.getProject(), s.getTeam(), true));
            }
        }
    }

    /** Step 14: a team's fichas de proyecto in the preliminary matrix, replacing the team's new projects. */
    public void sheets(PgdPlan plan, String team, String field, List<SheetLine> sheets) {
        PgdPortfolio first = portfolios.version(plan, 1);
        em.createQuery("delete from PgdProject p where p.portfolioId = :f and p.team = :t and p.carriedOver = false")
                .setParameter("f", first.getId()).setParameter("t", team).executeUpdate();
        Set<String> codes = new HashSet<>(em.createQuery("select p.code from PgdProject p where p.portfolioId = :f",
                String.class).setParameter("f", first.getId()).getResultList());
        for (SheetLine s : sheets) {
            if (!codes.add(s.code().toUpperCase(Locale.ROOT))) {
                throw new WorkflowException("pgd.project.duplicate", Map.of(field, "pgd.project.duplicate.field"),
                        s.code());
            }
            PgdProject p = new PgdProject(first.getId(), s.code().toUpperCase(Locale.ROOT), s.name(), team, false);
            p.sheet(s.objective(), s.peiObjective(), s.budget(), s.durationMonths(), s.indicators());
            em.persist(p);
        }
    }

    /** Step 16: a priority for every project of the new portfolio; a project left out or unknown is refused. */
    public void prioritize(PgdPlan plan, String field, List<PriorityLine> priorities) {
        portfolios.prioritize(portfolios.version(plan, 1), field, priorities);
    }

    /** Steps 4, 17, 20: the CGD's approval in session, by the member in person. */
    public void approval(PgdPlan plan, String subject, String session, String agreement, String member) {
        em.persist(new PgdApproval(plan.getId(), subject, session.strip(), agreement.strip(), member, now()));
    }

    /** The coordinators' reports, by team and project. */
    public List<PgdStatus> statuses(PgdPlan plan) {
        return em.createQuery("select s from PgdStatus s where s.planId = :p order by s.team, s.id", PgdStatus.class)
                .setParameter("p", plan.getId()).getResultList();
    }

    public List<PgdActivity> activities(PgdPlan plan) {
        return em.createQuery("select a from PgdActivity a where a.planId = :p order by a.seq", PgdActivity.class)
                .setParameter("p", plan.getId()).getResultList();
    }

    public List<PgdRisk> risks(PgdPlan plan) {
        return em.createQuery("select r from PgdRisk r where r.planId = :p order by r.seq", PgdRisk.class)
                .setParameter("p", plan.getId()).getResultList();
    }

    public List<PgdApproval> approvals(PgdPlan plan) {
        return em.createQuery("select a from PgdApproval a where a.planId = :p order by a.approvedAt, a.id",
                PgdApproval.class).setParameter("p", plan.getId()).getResultList();
    }

    /** The final PGD document of the plan with portfolio version {@code version} (S04.01.00.01 step 18). */
    public byte[] document(PgdPlan plan, PgdPortfolio version) {
        WorkCase c = em.find(WorkCase.class, plan.getCaseId());
        Institution institution = em.find(Institution.class, plan.getInstitutionCode());
        return document.write(new PgdDocument.Content(institutions.letterhead(institution), institution.getZone(),
                c.getProcedureCode(), c.getNumber(), plan, version, portfolios.projects(version), activities(plan),
                risks(plan), statuses(plan), approvals(plan)));
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
