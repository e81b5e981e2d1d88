package org.sigti.accounts.review;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.sigti.accounts.AccessReview;
import org.sigti.accounts.AccessReviewDecision;
import org.sigti.accounts.Account;
import org.sigti.accounts.AccountStatus;
import org.sigti.workflow.Transition;
import org.sigti.workflow.WorkCase;
import org.sigti.workflow.WorkflowException;

/**
 * Opens the semester's access reviews, exactly once per (unit, semester), and completes them. Opening locks the
 * calendar row first, so the timer, a restart's catch-up and the Jefe's "Generar revisión ahora" never race; the UNIQUE
 * constraint of access_review is the last word. Each review is asked of the review procedure by an
 * {@link AccessReviewDue}. Completing (the kernel's move of the review step, called by the review procedure) needs a
 * decision on every active account of the unit and fires one {@link AccessRevoked} per person with a revocation, which
 * the account-removal procedure answers with a removal case.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AccessReviewPlanner {

    /** The review case's start-step fields: the reviewed unit and the semester. */
    public static final String UNIT_FIELD = "unidad";
    public static final String SEMESTER_FIELD = "semestre";
    static final ZoneId ZONE = ZoneId.of(System.getProperty("sigti.timezone", "America/La_Paz"));

    @PersistenceContext
    EntityManager em;

    @Inject
    ReviewInstitution institution;

    @Inject
    Event<AccessReviewDue> reviewsDue;

    @Inject
    Event<AccessRevoked> revocationsDecided;

    @Inject
    Event<ReconciliationDue> reconciliationsDue;

    Clock clock = Clock.systemUTC();

    /** The configured calendar (row 1 of access_review_calendar; the default if the row is unreadable). */
    public SemesterCalendar calendar() {
        Object text = em.createNativeQuery("select semester_starts from access_review_calendar where id = 1")
                .getResultStream().findFirst().orElse(SemesterCalendar.DEFAULT);
        try {
            return SemesterCalendar.parse(text.toString());
        } catch (IllegalArgumentException bad) {
            return SemesterCalendar.parse(SemesterCalendar.DEFAULT);
        }
    }

    /** Changes the calendar; the timer must be rescheduled after the commit. */
    public SemesterCalendar changeCalendar(SemesterCalendar calendar) {
        em.createNativeQuery("update access_review_calendar set semester_starts = ?1, version = version + 1"
                + " where id = 1").setParameter(1, calendar.text()).executeUpdate();
        return calendar;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    public String currentSemester() {
        return calendar().semesterOf(today());
    }

    /**
     * Opens the semester's reconciliation with Human Resources' list of altas and bajas (once per semester) and the
     * review of every unit whose people hold active accounts of the reviewing institution ({@link
     * ReviewInstitution}); returns how many unit reviews it opened.
     */
    public int open(String semester, String onBehalfOf) {
        lockCalendar();
        reconcile(semester, onBehalfOf);
        List<String> units = em.createQuery("select distinct a.personUnitCode from Account a where a.status = :active"
                + " and a.institutionCode = :institution and a.personUnitCode is not null order by a.personUnitCode",
                String.class).setParameter("active", AccountStatus.ACTIVE)
                .setParameter("institution", institution.code()).getResultList();
        int opened = 0;
        for (String unit : units) {
            if (openLocked(unit, semester, onBehalfOf).isPresent()) {
                opened++;
            }
        }
        return opened;
    }

    /**
     * Asks for the semester's reconciliation of all accounts with Human Resources' list of altas and bajas (the
     * manual's twice-yearly steps): the procedure that answers opens its case once per semester and answers the
     * same case when asked again.
     */
    public WorkCase reconcile(String semester, String onBehalfOf) {
        lockCalendar();
        ReconciliationDue due = new ReconciliationDue(semester, onBehalfOf);
        reconciliationsDue.fire(due);
        return due.openedCase();
    }

    /** Opens one unit's review of the semester unless it exists; empty when it did. */
    public Optional<AccessReview> openFor(String unit, String semester, String onBehalfOf) {
        lockCalendar();
        return openLocked(unit, semester, onBehalfOf);
    }

    private Optional<AccessReview> openLocked(String unit, String semester, String onBehalfOf) {
        if (!em.createNamedQuery("AccessReview.findByUnitAndSemester", AccessReview.class).setParameter("unit", unit)
                .setParameter("semester", semester).getResultList().isEmpty()) {
            return Optional.empty();
        }
        AccessReviewDue due = new AccessReviewDue(unit, semester, onBehalfOf);
        reviewsDue.fire(due);
        WorkCase c = due.openedCase();
        AccessReview review = new AccessReview(unit, semester, c.getId(), clock.instant());
        em.persist(review);
        em.flush();
        return Optional.of(review);
    }

    private void lockCalendar() {
        em.createNativeQuery("select id from access_review_calendar where id = 1 for update").getResultList();
    }

    /**
     * The review step's move: every active account of the unit has a decision; each person with a revoked account
     * gets one account-removal case (opened in the reviewer's move, SIGTI completing its start step), linked from the
     * decisions; the review is DONE.
     */
    public void complete(Transition t) {
        AccessReview review = em.createNamedQuery("AccessReview.findByCase", AccessReview.class)
                .setParameter("caseId", t.caseId()).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream()
                .findFirst().orElseThrow(() -> new WorkflowException("accessReview.unknown", t.caseNumber()));
        if (!review.isOpen()) {
            throw new WorkflowException("accessReview.done", t.caseNumber());
        }
        long undecided = em.createQuery("select count(a) from Account a where a.personUnitCode = :unit"
                + " and a.status = :active and not exists (select d from AccessReviewDecision d"
                + " where d.reviewId = :review and d.accountId = a.id)", Long.class)
                .setParameter("unit", review.getUnitCode()).setParameter("active", AccountStatus.ACTIVE)
                .setParameter("review", review.getId()).getSingleResult();
        if (undecided > 0) {
            throw new WorkflowException("accessReview.undecided", t.caseNumber(), String.valueOf(undecided));
        }
        List<AccessReviewDecision> revoked = em.createQuery("select d from AccessReviewDecision d"
                + " where d.reviewId = :review and d.decision = :revoke order by d.personUsername, d.id",
                AccessReviewDecision.class).setParameter("review", review.getId())
                .setParameter("revoke", AccessReviewDecision.Decision.REVOKE).getResultList();
        Map<String, List<AccessReviewDecision>> byPerson = new LinkedHashMap<>();
        revoked.forEach(d -> byPerson.computeIfAbsent(d.getPersonUsername(), p -> new java.util.ArrayList<>()).add(d));
        byPerson.forEach((person, decisions) -> {
            WorkCase removal = openRemoval(review, t, person, decisions);
            decisions.forEach(d -> d.removedBy(removal.getId()));
        });
        review.complete(t.actor().username(), clock.instant());
    }

    private WorkCase openRemoval(AccessReview review, Transition t, String person,
            List<AccessReviewDecision> decisions) {
        List<AccessRevoked.Revocation> revocations = decisions.stream()
                .map(d -> new AccessRevoked.Revocation(em.find(Account.class, d.getAccountId()), d.getReason()))
                .toList();
        AccessRevoked revoked = new AccessRevoked(t.caseNumber(), review.getUnitCode(), review.getSemester(),
                t.actor().username(), person, revocations);
        revocationsDecided.fire(revoked);
        return revoked.openedCase();
    }
}
