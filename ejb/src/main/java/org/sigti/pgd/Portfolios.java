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
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.sigti.pgd.PgdInput.PriorityLine;
import org.sigti.workflow.WorkflowException;

/**
 * The versions of a plan's portfolio of projects: version 1 made at formulation (S04.01.00.01), and each later one a
 * separate copy of the last (the yearly update, S04.01.00.02 steps 6–10), the older ones left as they were.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Portfolios {

    @PersistenceContext
    EntityManager em;

    /** Version 1 of a new plan's portfolio, empty. */
    PgdPortfolio first(PgdPlan plan) {
        PgdPortfolio first = new PgdPortfolio(plan.getId(), 1, now());
        em.persist(first);
        return first;
    }

    /**
     * The next version of the plan's portfolio: a copy of the last version's projects (sheets and priorities), not
     * yet approved; the last version stays as it was.
     */
    public PgdPortfolio newVersion(PgdPlan plan) {
        em.lock(em.contains(plan) ? plan : em.find(PgdPlan.class, plan.getId()),
                LockModeType.OPTIMISTIC_FORCE_INCREMENT); // one new version at a time
        PgdPortfolio last = latest(plan);
        PgdPortfolio next = new PgdPortfolio(plan.getId(), last.getNumber() + 1, now());
        em.persist(next);
        em.flush();
        for (PgdProject p : projects(last)) {
            em.persist(p.copyInto(next.getId()));
        }
        return next;
    }

    /** The plan's newest version. */
    public PgdPortfolio latest(PgdPlan plan) {
        return em.createQuery("select v from PgdPortfolio v where v.planId = :p order by v.number desc",
                PgdPortfolio.class).setParameter("p", plan.getId()).setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> new IllegalStateException("Plan " + plan.getId() + " has no portfolio"));
    }

    /** A version of the plan's portfolio by its number. */
    public PgdPortfolio version(PgdPlan plan, int number) {
        return em.createQuery("select v from PgdPortfolio v where v.planId = :p and v.number = :n",
                PgdPortfolio.class).setParameter("p", plan.getId()).setParameter("n", number).getResultStream()
                .findFirst().orElseThrow(() -> new WorkflowException("pgd.portfolio.unknown", String.valueOf(number)));
    }

    /** Every version of the plan's portfolio, oldest first. */
    public List<PgdPortfolio> versions(PgdPlan plan) {
        return em.createQuery("select v from PgdPortfolio v where v.planId = :p order by v.number",
                PgdPortfolio.class).setParameter("p", plan.getId()).getResultList();
    }

    /** A version's projects: by priority once prioritized, then by code. */
    public List<PgdProject> projects(PgdPortfolio version) {
        return em.createQuery("select p from PgdProject p where p.portfolioId = :v"
                + " order by case when p.priority is null then 1 else 0 end, p.priority, p.code", PgdProject.class)
                .setParameter("v", version.getId()).getResultList();
    }

    /**
     * A priority for every project of {@code version} (S04.01.00.01 step 16, S04.01.00.02 step 8); a project left out
     * or unknown is refused against {@code field}.
     */
    public void prioritize(PgdPortfolio version, String field, List<PriorityLine> priorities) {
        Map<String, PgdProject> byCode = new LinkedHashMap<>();
        projects(version).forEach(p -> byCode.put(p.getCode(), p));
        if (byCode.isEmpty()) {
            throw new WorkflowException("pgd.portfolio.empty", Map.of(field, "pgd.portfolio.empty.field"));
        }
        Set<String> given = new HashSet<>();
        for (PriorityLine line : priorities) {
            PgdProject p = byCode.get(line.code().toUpperCase(Locale.ROOT));
            if (p == null) {
                throw new WorkflowException("pgd.project.unknown", Map.of(field, "pgd.project.unknown.field"),
                        line.code());
            }
            p.prioritize(line.priority());
            given.add(p.getCode());
        }
        for (String code : byCode.keySet()) {
            if (!given.contains(code)) {
                throw new WorkflowException("pgd.priority.missing", Map.of(field, "pgd.priority.missing.field"),
                        code);
            }
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
