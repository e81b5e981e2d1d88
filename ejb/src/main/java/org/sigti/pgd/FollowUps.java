package org.sigti.pgd;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.sigti.pgd.PgdInput.ProgressLine;
import org.sigti.pgd.PgdInput.SheetLine;
import org.sigti.workflow.WorkflowException;

/**
 * Records what the yearly follow-up's steps (S04.01.00.02) decide about the plan in force, inside the step's move (a
 * refusal rolls the move back whole): the follow-up of a plan and year, each coordinator's progress per project of
 * the portfolio version followed, the informe's content, the CGD's taking note, and the next portfolio version with
 * the coordinators' updated sheets.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class FollowUps {

    @PersistenceContext
    EntityManager em;

    @Inject
    Portfolios portfolios;

    /**
     * The plan in force in {@code year} for {@code institution}: approved by its Resolución Ministerial and covering
     * the year; of several, the one started last. A plan still being formulated (no RM yet) is never in force.
     */
    public Optional<PgdPlan> inForce(String institution, int year) {
        return em.createQuery("select p from PgdPlan p where p.institutionCode = :i and p.rmNumber is not null"
                + " and p.startYear <= :y and p.endYear >= :y order by p.startYear desc, p.createdAt desc, p.id desc",
                PgdPlan.class).setParameter("i", institution).setParameter("y", year).setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** The follow-up of {@code plan} for {@code year}, if it has one. */
    public Optional<PgdFollowUp> of(PgdPlan plan, int year) {
        return em.createQuery("select f from PgdFollowUp f where f.planId = :p and f.year = :y", PgdFollowUp.class)
                .setParameter("p", plan.getId()).setParameter("y", year).getResultStream().findFirst();
    }

    /** The follow-up a case runs, if it runs one. */
    public Optional<PgdFollowUp> find(long caseId) {
        return em.createQuery("select f from PgdFollowUp f where f.caseId = :c", PgdFollowUp.class)
                .setParameter("c", caseId).getResultStream().findFirst();
    }

    /** The follow-up a case runs; a case without one is a programming error of its procedure. */
    public PgdFollowUp ofCase(long caseId) {
        return find(caseId).orElseThrow(() -> new IllegalStateException("Case " + caseId + " has no PGD follow-up"));
    }

    /** A plan's follow-ups, newest first. */
    public List<PgdFollowUp> ofPlan(PgdPlan plan) {
        return em.createQuery("select f from PgdFollowUp f where f.planId = :p order by f.year desc, f.id desc",
                PgdFollowUp.class).setParameter("p", plan.getId()).getResultList();
    }

    /**
     * Step 0: case {@code caseId} follows the plan in force in {@code year}, its newest portfolio version. Refused when
     * no plan is in force, or when the plan already has that year's follow-up (one a year); the plan row is locked so
     * that two openings of the same year cannot both pass (the database's unique key stops the second anyway).
     */
    public PgdFollowUp open(long caseId, String institution, int year) {
        PgdPlan plan = inForce(institution, year).orElseThrow(() -> new WorkflowException("pgdfollow.none",
                String.valueOf(year)));
        em.lock(plan, LockModeType.PESSIMISTIC_WRITE);
        Optional<PgdFollowUp> existing = of(plan, year);
        if (existing.isPresent()) {
            throw new WorkflowException("pgdfollow.exists", String.valueOf(year), plan.periodText());
        }
        PgdFollowUp f = new PgdFollowUp(plan.getId(), caseId, year, portfolios.latest(plan).getId(), now());
        em.persist(f);
        return f;
    }

    /** The plan a follow-up follows. */
    public PgdPlan plan(PgdFollowUp f) {
        return em.find(PgdPlan.class, f.getPlanId());
    }

    /** The portfolio version a follow-up follows. */
    public PgdPortfolio followed(PgdFollowUp f) {
        return em.find(PgdPortfolio.class, f.getPortfolioId());
    }

    /**
     * Step 2: a coordinator's progress on every project of their team in the version followed, replacing theirs. A
     * code not of the team's projects, one reported twice, or a project of the team left out is refused against
     * {@code field}.
     */
    public void progress(PgdFollowUp f, String team, String field, List<ProgressLine> lines) {
        Map<String, PgdProject> mine = new HashMap<>();
        portfolios.projects(followed(f)).stream().filter(p -> p.getTeam().equals(team))
                .forEach(p -> mine.put(p.getCode(), p));
        em.createQuery("delete from PgdProgress p where p.followUpId = :f and p.team = :t")
                .setParameter("f", f.getId()).setParameter("t", team).executeUpdate();
        Set<String> given = new HashSet<>();
        for (ProgressLine line : lines) {
            String code = line.code().toUpperCase(Locale.ROOT);
            PgdProject p = mine.get(code);
            if (p == null) {
                throw new WorkflowException("pgdfollow.project.notYours", Map.of(field,
                        "pgdfollow.project.notYours.field"), line.code());
            }
            if (!given.add(code)) {
                throw new WorkflowException("pgd.project.duplicate", Map.of(field, "pgd.project.duplicate.field"),
                        line.code());
            }
            em.persist(new PgdProgress(f.getId(), team, code, p.getName(), line.percent(), line.achievements(),
                    line.difficulties()));
        }
        for (String code : mine.keySet()) {
            if (!given.contains(code)) {
                throw new WorkflowException("pgdfollow.progress.missing", Map.of(field,
                        "pgdfollow.progress.missing.field"), code);
            }
        }
    }

    /** The progress reported in a follow-up, by team and project. */
    public List<PgdProgress> progress(PgdFollowUp f) {
        return em.createQuery("select p from PgdProgress p where p.followUpId = :f order by p.team, p.projectCode",
                PgdProgress.class).setParameter("f", f.getId()).getResultList();
    }

    /** Step 6: the next version of the plan's portfolio, a copy of the newest, for the coordinators to update. */
    public PgdPortfolio update(PgdFollowUp f) {
        if (f.getNewPortfolioId() != null) {
            return em.find(PgdPortfolio.class, f.getNewPortfolioId());
        }
        PgdPortfolio next = portfolios.newVersion(plan(f));
        f.produced(next.getId());
        return next;
    }

    /** The version a follow-up produced (step 6 on). */
    public PgdPortfolio updated(PgdFollowUp f) {
        if (f.getNewPortfolioId() == null) {
            throw new IllegalStateException("Follow-up " + f.getId() + " has not produced a version");
        }
        return em.find(PgdPortfolio.class, f.getNewPortfolioId());
    }

    /**
     * Step 7: a team's updated project sheets in the new version: a code of the team's replaces that project's name
     * and sheet, a new code adds a project of the team; a code of another team's project is refused against
     * {@code field}. Projects not named stay as they were.
     */
    public void sheets(PgdPortfolio version, String team, String field, List<SheetLine> sheets) {
        Map<String, PgdProject> byCode = new HashMap<>();
        portfolios.projects(version).forEach(p -> byCode.put(p.getCode(), p));
        for (SheetLine s : sheets) {
            String code = s.code().toUpperCase(Locale.ROOT);
            PgdProject p = byCode.get(code);
            if (p != null && !p.getTeam().equals(team)) {
                throw new WorkflowException("pgdfollow.project.otherTeam", Map.of(field,
                        "pgdfollow.project.otherTeam.field"), s.code(), p.getTeam());
            }
            if (p == null) {
                p = new PgdProject(version.getId(), code, s.name(), team, false);
                em.persist(p);
                byCode.put(code, p);
            } else {
                p.rename(s.name());
            }
            p.sheet(s.objective(), s.peiObjective(), s.budget(), s.durationMonths(), s.indicators());
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
