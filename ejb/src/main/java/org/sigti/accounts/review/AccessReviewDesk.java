package org.sigti.accounts.review;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.sigti.accounts.AccessReview;
import org.sigti.accounts.AccessReviewDecision;
import org.sigti.accounts.AccessReviewDecision.Decision;
import org.sigti.accounts.Account;
import org.sigti.accounts.AccountStatus;
import org.sigti.security.AccessDeniedException;
import org.sigti.security.Roles;
import org.sigti.security.SecurityEventKind;
import org.sigti.security.SecurityEvents;
import org.sigti.workflow.Actor;
import org.sigti.workflow.Move;
import org.sigti.workflow.NotFoundException;
import org.sigti.workflow.Procedures;
import org.sigti.workflow.WorkItem;
import org.sigti.workflow.WorkItemStatus;
import org.sigti.workflow.WorkflowException;

/**
 * What the review screen does, for an {@link Actor} the secured service built ({@link AccessReviews}): list the
 * reviews and a review's accounts (paged in the database), record a decision, and prepare the kernel's move that
 * completes the review. Object level: a Responsable sees and decides only their unit's reviews; the Jefe and the
 * Auditor read all. Four eyes: nobody confirms their own account. Refusals are recorded as security events.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AccessReviewDesk {

    public static final int MAX_PAGE = 100;

    @PersistenceContext
    EntityManager em;

    @EJB
    SecurityEvents securityEvents;

    @Inject
    Procedures procedures;

    @Inject
    ReviewInstitution institution;

    Clock clock = Clock.systemUTC();

    private static boolean readsAll(Actor actor) {
        return actor.has(Roles.JEFE) || actor.has(Roles.AUDITOR);
    }

    /** Whether the actor is of the institution whose accounts are reviewed: nobody else reads any review. */
    public boolean reviewsOf(Actor actor) {
        return actor.of(institution.code());
    }

    public long countReviews(Actor actor) {
        return reviewsOf(actor) ? reviewQuery("select count(r) from AccessReview r", actor, Long.class)
                .getSingleResult() : 0;
    }

    /** The reviews the actor may read, newest first: none for another institution's people. */
    public List<ReviewRow> reviews(Actor actor, int first, int size) {
        if (!reviewsOf(actor)) {
            return List.of();
        }
        return reviewQuery("select r from AccessReview r", actor, AccessReview.class)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, size), MAX_PAGE))
                .getResultList().stream().map(this::row).toList();
    }

    private <T> jakarta.persistence.TypedQuery<T> reviewQuery(String select, Actor actor, Class<T> type) {
        boolean all = readsAll(actor);
        String jpql = select + (all ? "" : " where r.unitCode = :unit")
                + (type == AccessReview.class ? " order by r.openedAt desc, r.id desc" : "");
        jakarta.persistence.TypedQuery<T> q = em.createQuery(jpql, type);
        if (!all) {
            q.setParameter("unit", actor.has(Roles.RESPONSABLE) ? actor.unitCode() : "\u0000");
        }
        return q;
    }

    /** One review the actor may read. */
    public ReviewRow review(Actor actor, long reviewId) {
        return row(readable(actor, reviewId, "AccessReviews.review"));
    }

    public long countAccounts(Actor actor, long reviewId) {
        AccessReview r = readable(actor, reviewId, "AccessReviews.accounts");
        return em.createQuery("select count(a) from Account a left join AccessReviewDecision d on d.accountId = a.id"
                + " and d.reviewId = :review where a.personUnitCode = :unit and a.institutionCode = :institution and"
                + " (a.status = :active or d.id is not null)", Long.class).setParameter("review", r.getId())
                .setParameter("unit", r.getUnitCode()).setParameter("institution", institution.code())
                .setParameter("active", AccountStatus.ACTIVE).getSingleResult();
    }

    /** The unit's active accounts (and those decided in the review), by person and platform, with the decisions. */
    public List<ReviewAccountRow> accounts(Actor actor, long reviewId, int first, int size) {
        AccessReview r = readable(actor, reviewId, "AccessReviews.accounts");
        List<Object[]> rows = em.createQuery("select a, d, c.number from Account a left join AccessReviewDecision d"
                + " on d.accountId = a.id and d.reviewId = :review left join WorkCase c on c.id = d.removalCaseId"
                + " where a.personUnitCode = :unit and a.institutionCode = :institution"
                + " and (a.status = :active or d.id is not null)"
                + " order by a.personUsername, a.platformCode, a.id", Object[].class)
                .setParameter("review", r.getId()).setParameter("unit", r.getUnitCode())
                .setParameter("institution", institution.code())
                .setParameter("active", AccountStatus.ACTIVE).setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, size), MAX_PAGE)).getResultList();
        return rows.stream().map(o -> {
            Account a = (Account) o[0];
            AccessReviewDecision d = (AccessReviewDecision) o[1];
            return new ReviewAccountRow(a.getId(), a.getPlatformCode(), a.getAccountName(), a.getPersonUsername(),
                    a.getPersonName(), a.getStatus().name(), d == null ? null : d.getDecision().name(),
                    d == null ? null : d.getReason(), d == null ? null : d.getDecidedBy(), (String) o[2]);
        }).toList();
    }

    /**
     * Records (or changes) the decision on one account of an open review of the actor's unit. A revocation needs a
     * reason; confirming one's own account is refused (four eyes) and recorded.
     */
    public void decide(Actor actor, long reviewId, long accountId, Decision decision, String reason) {
        AccessReview r = reviewable(actor, reviewId, "AccessReviews.decide");
        Account a = em.find(Account.class, accountId);
        if (a == null || !r.getUnitCode().equals(a.getPersonUnitCode())
                || !a.getInstitutionCode().equals(institution.code()) || a.getStatus() != AccountStatus.ACTIVE) {
            throw new WorkflowException("accessReview.account.notInReview", String.valueOf(accountId));
        }
        if (decision == null) {
            throw new WorkflowException("accessReview.decision.required");
        }
        if (decision == Decision.CONFIRM && actor.username().toLowerCase(Locale.ROOT).equals(a.getPersonUsername())) {
            securityEvents.refused(SecurityEventKind.ACCESS_DENIED, actor.username(), actor.roles(),
                    actor.unitCode(), "AccessReviews.decide CONFIRM (four eyes)", "account", String.valueOf(accountId),
                    "access review " + reviewId + ": the reviewer confirms their own account " + a.getPlatformCode()
                            + " " + a.getAccountName());
            throw new WorkflowException("accessReview.fourEyes.self", a.getPlatformCode(), a.getAccountName());
        }
        if (decision == Decision.REVOKE && (reason == null || reason.isBlank())) {
            throw new WorkflowException("accessReview.reason.required");
        }
        if (reason != null && reason.strip().length() > AccessReviewDecision.REASON_MAXLENGTH) {
            throw new WorkflowException("accessReview.reason.tooLong",
                    String.valueOf(AccessReviewDecision.REASON_MAXLENGTH));
        }
        AccessReviewDecision d = em.createQuery("select d from AccessReviewDecision d where d.reviewId = :r"
                + " and d.accountId = :a", AccessReviewDecision.class).setParameter("r", reviewId)
                .setParameter("a", accountId).getResultStream().findFirst().orElse(null);
        if (d == null) {
            d = new AccessReviewDecision(reviewId, accountId, a.getPersonUsername());
            d.decide(decision, reason, actor.username(), clock.instant());
            em.persist(d);
        } else {
            d.decide(decision, reason, actor.username(), clock.instant());
        }
    }

    /** The kernel's move that completes an open review of the actor's unit (step 1 → END). */
    public Move completion(Actor actor, long reviewId, String comment) {
        AccessReview r = reviewable(actor, reviewId, "AccessReviews.complete");
        WorkItem item = em.createQuery("select w from WorkItem w where w.workCase.id = :c and w.status = :open",
                WorkItem.class).setParameter("c", r.getCaseId()).setParameter("open", WorkItemStatus.OPEN)
                .getResultStream().findFirst()
                .orElseThrow(() -> new WorkflowException("accessReview.done", String.valueOf(reviewId)));
        // the review step has one way out, "review completed": its key comes from the declaration
        String completed = procedures.definition(item.getProcedureCode()).step(item.getStepCode()).orElseThrow()
                .outcomes().get(0).key();
        return new Move(item.getId(), item.getVersion(), completed, comment, java.util.Map.of(), null);
    }

    private AccessReview readable(Actor actor, long reviewId, String action) {
        AccessReview r = em.find(AccessReview.class, reviewId);
        if (r == null) {
            throw new NotFoundException("accessReview.unknown", String.valueOf(reviewId));
        }
        if (!reviewsOf(actor)) {
            throw denied(actor, action, r, "another institution's review");
        }
        if (!readsAll(actor) && !(actor.has(Roles.RESPONSABLE) && r.getUnitCode().equals(actor.unitCode()))) {
            throw denied(actor, action, r, "not a reviewer of unit " + r.getUnitCode());
        }
        return r;
    }

    private AccessReview reviewable(Actor actor, long reviewId, String action) {
        AccessReview r = em.find(AccessReview.class, reviewId);
        if (r == null) {
            throw new NotFoundException("accessReview.unknown", String.valueOf(reviewId));
        }
        if (!reviewsOf(actor)) {
            throw denied(actor, action, r, "another institution's review");
        }
        if (!actor.has(Roles.RESPONSABLE) || !r.getUnitCode().equals(actor.unitCode())) {
            throw denied(actor, action, r, "only the Responsable of unit " + r.getUnitCode() + " reviews it");
        }
        if (!r.isOpen()) {
            throw new WorkflowException("accessReview.done", String.valueOf(reviewId));
        }
        return r;
    }

    private AccessDeniedException denied(Actor actor, String action, AccessReview r, String detail) {
        securityEvents.refused(SecurityEventKind.ACCESS_DENIED, actor.username(), actor.roles(), actor.unitCode(),
                action, "access_review", String.valueOf(r.getId()), detail);
        return new AccessDeniedException(action + ": " + detail);
    }

    private ReviewRow row(AccessReview r) {
        String number = em.createQuery("select c.number from WorkCase c where c.id = :id", String.class)
                .setParameter("id", r.getCaseId()).getSingleResult();
        List<Object[]> counts = em.createQuery("select d.decision, count(d) from AccessReviewDecision d"
                + " where d.reviewId = :r group by d.decision", Object[].class).setParameter("r", r.getId())
                .getResultList();
        long confirmed = 0;
        long revoked = 0;
        for (Object[] c : counts) {
            if (c[0] == Decision.CONFIRM) {
                confirmed = (Long) c[1];
            } else {
                revoked = (Long) c[1];
            }
        }
        return new ReviewRow(r.getId(), r.getUnitCode(), r.getSemester(), r.getCaseId(), number,
                r.getStatus().name(), r.getOpenedAt(), r.getCompletedBy(), r.getCompletedAt(), confirmed, revoked);
    }
}
