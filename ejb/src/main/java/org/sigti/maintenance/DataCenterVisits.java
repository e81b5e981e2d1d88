package org.sigti.maintenance;

import java.time.Clock;
import java.time.Instant;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.sigti.security.SecurityEventKind;
import org.sigti.security.SecurityEvents;
import org.sigti.workflow.Transition;
import org.sigti.workflow.WorkCase;
import org.sigti.workflow.WorkflowException;

/**
 * Writes the bitácora of S04.03.01.03 inside the transaction of the case's move: the authorization opens the line,
 * the entry and the exit complete it. Refusals are {@link WorkflowException}s (the move rolls back whole).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DataCenterVisits {

    @PersistenceContext
    EntityManager em;

    @EJB
    SecurityEvents securityEvents;

    Clock clock = Clock.systemUTC();

    /**
     * The Responsable authorizes the visit; the case's requester is the host. Four eyes: the host never authorizes
     * their own visitor; the refusal is recorded as a security event (its own transaction).
     */
    public DataCenterVisit authorize(Transition t) {
        WorkCase c = em.find(WorkCase.class, t.caseId());
        String host = c.getRequesterUsername();
        String actor = t.actor().username();
        if (actor.equalsIgnoreCase(host)) {
            securityEvents.refused(SecurityEventKind.ACCESS_DENIED, actor, t.actor().roles(), t.actor().unitCode(),
                    "Workflow.act " + t.outcome() + " (four eyes)", "case", String.valueOf(t.caseId()),
                    t.caseNumber() + " step " + t.fromStep() + ": the host authorizes their own visit");
            throw new WorkflowException("datacenter.fourEyes.host", t.caseNumber());
        }
        DataCenterVisit v = DataCenterVisit.authorized(t.caseId(), host, c.getTitle(), actor, clock.instant());
        em.persist(v);
        em.flush();
        return v;
    }

    /** Signs the visitor in: refused without the authorization, or twice. */
    public void enter(long caseId, String visitor, String document, String escort) {
        DataCenterVisit v = visit(caseId, "datacenter.entry.unauthorized");
        if (blank(visitor) || blank(document) || blank(escort)) {
            throw new WorkflowException("datacenter.entry.incomplete", String.valueOf(caseId));
        }
        try {
            v.enter(visitor, document, escort, now(v.getAuthorizedAt()));
        } catch (IllegalStateException twice) {
            throw new WorkflowException("datacenter.entry.again", String.valueOf(caseId));
        }
        em.flush();
    }

    /** Signs the visitor out: refused before the entry, or twice. */
    public void exit(long caseId) {
        DataCenterVisit v = visit(caseId, "datacenter.exit.notEntered");
        if (v.getEnteredAt() == null) {
            throw new WorkflowException("datacenter.exit.notEntered", String.valueOf(caseId));
        }
        try {
            v.exit(now(v.getEnteredAt()));
        } catch (IllegalStateException twice) {
            throw new WorkflowException("datacenter.exit.again", String.valueOf(caseId));
        }
        em.flush();
    }

    private DataCenterVisit visit(long caseId, String missingKey) {
        DataCenterVisit v = em.createNamedQuery("DataCenterVisit.findByCase", DataCenterVisit.class)
                .setParameter("caseId", caseId).getResultStream().findFirst()
                .orElseThrow(() -> new WorkflowException(missingKey, String.valueOf(caseId)));
        em.lock(v, LockModeType.PESSIMISTIC_WRITE);
        return v;
    }

    /** The clock, never before the previous mark (two moves within one clock tick keep their order). */
    private Instant now(Instant previous) {
        Instant now = clock.instant();
        return now.isBefore(previous) ? previous : now;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
