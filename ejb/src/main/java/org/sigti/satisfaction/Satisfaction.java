package org.sigti.satisfaction;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.sigti.security.AccessDeniedException;
import org.sigti.security.Roles;
import org.sigti.security.SecurityEvents;
import org.sigti.workflow.Actor;
import org.sigti.workflow.CaseAccess;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.CaseStatus;
import org.sigti.workflow.Callers;
import org.sigti.workflow.WorkCase;
import org.sigti.workflow.WorkflowException;

/**
 * The requester's rating of a closed case: 1 to 5 and an optional comment, once. Only the case's requester rates,
 * only a closed case, only once; anyone else is a recorded denial (403), whatever the id. The rating is noted on the
 * case's trail ("Calificación"), in the same transaction.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE, Roles.AUDITOR})
public class Satisfaction {

    /** The trail's action of a rating. */
    public static final String RATE = "RATE";

    private static final ZoneId ZONE = ZoneId.of(System.getProperty("sigti.timezone", "America/La_Paz"));

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseEngine engine;

    @Inject
    CaseAccess access;

    @EJB
    SecurityEvents securityEvents;

    @Resource
    SessionContext context;

    /** A case's rating as anyone who may read the case sees it; anyone else is a recorded denial. */
    public Rating of(long caseId) {
        Actor actor = Callers.actor(context, em);
        WorkCase c = em.find(WorkCase.class, caseId);
        if (c == null || !access.mayRead(c, actor)) {
            throw denied("Satisfaction.of", caseId, c == null ? "no such case" : null);
        }
        return rating(c, actor);
    }

    /**
     * What the rating page shows its caller: only the requester of the case opens it (the closing mail's link); anyone
     * else, or a case that does not exist, is a recorded denial.
     */
    public Rating form(long caseId) {
        Actor actor = Callers.actor(context, em);
        return rating(requested(caseId, actor, "Satisfaction.form"), actor);
    }

    /**
     * Records the requester's rating of their closed case. Refused with a message, changing nothing: a case not
     * closed, a case already rated, a score outside 1–5, a comment too long.
     */
    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
            Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE})
    public Rating rate(long caseId, int score, String comment) {
        Actor actor = Callers.actor(context, em);
        WorkCase c = requested(caseId, actor, "Satisfaction.rate");
        em.lock(c, LockModeType.PESSIMISTIC_WRITE); // two posts at once: the second waits, then finds the first
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (c.getStatus() != CaseStatus.CLOSED) {
            throw new WorkflowException("satisfaction.notClosed", c.getNumber());
        }
        if (find(caseId) != null) {
            throw new WorkflowException("satisfaction.alreadyRated", c.getNumber());
        }
        if (score < CaseRating.MIN_SCORE || score > CaseRating.MAX_SCORE) {
            throw new WorkflowException("satisfaction.score");
        }
        if (text != null && text.length() > CaseRating.COMMENT_MAXLENGTH) {
            throw new WorkflowException("satisfaction.commentTooLong", String.valueOf(CaseRating.COMMENT_MAXLENGTH));
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String period = (c.getClosedAt() == null ? now : c.getClosedAt()).atZone(ZONE).toLocalDate().toString()
                .substring(0, 7);
        em.persist(new CaseRating(c.getId(), c.getInstitutionCode(), c.getProcedureCode(), closingUnit(c), period,
                score, text, actor.username(), now));
        engine.note(c, actor, RATE, score + "/5" + (text == null ? "" : ": " + text), null);
        return rating(c, actor);
    }

    private WorkCase requested(long caseId, Actor actor, String action) {
        WorkCase c = em.find(WorkCase.class, caseId);
        if (c == null || !actor.of(c.getInstitutionCode()) || !c.getRequesterUsername().equals(actor.username())) {
            throw denied(action, caseId, c == null ? "no such case" : "not the requester");
        }
        return c;
    }

    private AccessDeniedException denied(String action, long caseId, String detail) {
        securityEvents.accessDenied(action, "case", String.valueOf(caseId), null, detail);
        return new AccessDeniedException("may not rate case " + caseId);
    }

    private Rating rating(WorkCase c, Actor actor) {
        CaseRating r = find(c.getId());
        boolean closed = c.getStatus() == CaseStatus.CLOSED;
        boolean mayRate = closed && r == null && actor.of(c.getInstitutionCode())
                && c.getRequesterUsername().equals(actor.username());
        return r == null ? new Rating(c.getId(), c.getNumber(), closed, mayRate, 0, null, null, null)
                : new Rating(c.getId(), c.getNumber(), closed, false, r.getScore(), r.getComment(), r.getRatedBy(),
                        r.getRatedAt());
    }

    private CaseRating find(long caseId) {
        return em.createNamedQuery("CaseRating.findByCase", CaseRating.class).setParameter("caseId", caseId)
                .getResultStream().findFirst().orElse(null);
    }

    /** The unit of whoever made the case's last completed move (the one that closed it), if any. */
    private String closingUnit(WorkCase c) {
        return em.createQuery("select e.actorUnit from CaseEvent e where e.caseId = :c and e.action = 'COMPLETE'"
                + " order by e.seq desc", String.class).setParameter("c", c.getId()).setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
    }
}
