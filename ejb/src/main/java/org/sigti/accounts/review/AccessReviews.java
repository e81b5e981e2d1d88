package org.sigti.accounts.review;

import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sigti.accounts.AccessReviewDecision.Decision;
import org.sigti.security.AccessDeniedException;
import org.sigti.security.Roles;
import org.sigti.security.SecurityEventKind;
import org.sigti.security.SecurityEvents;
import org.sigti.workflow.Actor;
import org.sigti.workflow.CaseRef;
import org.sigti.workflow.Workflow;
import org.sigti.workflow.WorkflowException;

/**
 * The semiannual access review's screen service (S04.03.01.02.R): the Jefe generates the semester's reviews now
 * (idempotent) and sets the semester calendar; the Responsable of a unit confirms or revokes each active account of
 * the unit and completes the review through the workflow kernel; the Auditor reads. Only the people of the institution
 * whose manual schedules the reviews ({@link ReviewInstitution}) see or generate them. Object-level checks and four
 * eyes are {@link AccessReviewDesk}'s.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.AUDITOR})
public class AccessReviews {

    @Inject
    AccessReviewDesk desk;

    @Inject
    AccessReviewPlanner planner;

    @EJB
    Workflow workflow;

    @EJB
    AccessReviewTimer timer;

    @EJB
    SecurityEvents securityEvents;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    /** "Generar revisión ahora": opens the current semester's missing reviews; returns how many it opened. */
    @RolesAllowed(Roles.JEFE)
    public int generateNow() {
        String semester = planner.currentSemester();
        mine("AccessReviews.generateNow", semester);
        return planner.open(semester, actor().username());
    }

    /** The screen's entry: refused, and audited, for the people of another institution than the reviewing one. */
    public void enter() {
        mine("AccessReviews.enter", "screen");
    }

    /** Whether the caller is of the institution whose accounts are reviewed: the screen is offered to them only. */
    public boolean isCallers() {
        return desk.reviewsOf(actor());
    }

    /** Goes on for the people of the reviewing institution; refuses (and audits) anyone else. */
    private void mine(String action, String what) {
        if (!isCallers()) {
            Actor a = actor();
            securityEvents.refused(SecurityEventKind.ACCESS_DENIED, a.username(), a.roles(), a.unitCode(), action,
                    "access_review", what, "another institution's access reviews");
            throw new AccessDeniedException(action + ": another institution's access reviews");
        }
    }

    public String currentSemester() {
        return planner.currentSemester();
    }

    /** The semester starts, e.g. {@code 01-01,07-01}. */
    public String calendar() {
        return planner.calendar().text();
    }

    /** Sets the semester starts ({@code MM-dd,MM-dd}) and reschedules the timer. */
    @RolesAllowed(Roles.JEFE)
    public String changeCalendar(String starts) {
        mine("AccessReviews.changeCalendar", "calendar");
        SemesterCalendar calendar;
        try {
            calendar = SemesterCalendar.parse(starts);
        } catch (IllegalArgumentException bad) {
            throw new WorkflowException("accessReview.calendar.invalid", String.valueOf(starts));
        }
        planner.changeCalendar(calendar);
        timer.reschedule();
        return calendar.text();
    }

    public long countReviews() {
        return desk.countReviews(actor());
    }

    public List<ReviewRow> reviews(int first, int size) {
        return desk.reviews(actor(), first, size);
    }

    public ReviewRow review(long reviewId) {
        return desk.review(actor(), reviewId);
    }

    public long countAccounts(long reviewId) {
        return desk.countAccounts(actor(), reviewId);
    }

    public List<ReviewAccountRow> accounts(long reviewId, int first, int size) {
        return desk.accounts(actor(), reviewId, first, size);
    }

    @RolesAllowed(Roles.RESPONSABLE)
    public void confirm(long reviewId, long accountId) {
        desk.decide(actor(), reviewId, accountId, Decision.CONFIRM, null);
    }

    @RolesAllowed(Roles.RESPONSABLE)
    public void revoke(long reviewId, long accountId, String reason) {
        desk.decide(actor(), reviewId, accountId, Decision.REVOKE, reason);
    }

    /** Completes the review: the decisions stand and each revocation opens its removal case. */
    @RolesAllowed(Roles.RESPONSABLE)
    public CaseRef complete(long reviewId, String comment) {
        return workflow.act(desk.completion(actor(), reviewId, comment));
    }

    private Actor actor() {
        return org.sigti.workflow.Callers.actor(context, em);
    }
}
