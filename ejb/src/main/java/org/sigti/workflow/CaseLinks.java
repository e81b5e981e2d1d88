package org.sigti.workflow;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sigti.workflow.flow.AwaitedCase;

/**
 * The reads about linked cases ({@link CaseLink}): a child's link to its parent, a parent's newest link under a key,
 * and whether a linked case got where a waiting step of its parent waits. The moves are {@link CaseEngine}'s.
 */
@ApplicationScoped
public class CaseLinks {

    @PersistenceContext
    EntityManager em;

    /** The link that made {@code child} a linked case, if it is one. */
    public Optional<CaseLink> parentOf(long childCaseId) {
        return em.createQuery("select l from CaseLink l where l.childCaseId = :c", CaseLink.class)
                .setParameter("c", childCaseId).getResultStream().findFirst();
    }

    /** The newest case {@code parent} opened under {@code key} (a loop opens a new one; the waits follow it). */
    public Optional<CaseLink> newest(long parentCaseId, String key) {
        return em.createQuery("select l from CaseLink l where l.parentCaseId = :p and l.key = :k order by l.id desc",
                CaseLink.class).setParameter("p", parentCaseId).setParameter("k", key).setMaxResults(1)
                .getResultStream().findFirst();
    }

    /**
     * The number of the newest case {@code parent} opened under {@code key} (e.g. the help desk's ticket a register
     * quotes), if it opened one.
     */
    public Optional<String> newestNumber(long parentCaseId, String key) {
        return em.createQuery("select c.number from CaseLink l, WorkCase c where c.id = l.childCaseId"
                + " and l.parentCaseId = :p and l.key = :k order by l.id desc", String.class)
                .setParameter("p", parentCaseId).setParameter("k", key).setMaxResults(1).getResultStream()
                .findFirst();
    }

    /** Every case {@code parent} opened, oldest first. */
    public List<CaseLink> children(long parentCaseId) {
        return em.createQuery("select l from CaseLink l where l.parentCaseId = :p order by l.id", CaseLink.class)
                .setParameter("p", parentCaseId).getResultList();
    }

    /**
     * Whether the linked case got where {@code wait} waits: it completed the awaited step (an observation or an
     * answer is no completion), or it closed (a closed case gets no further, so every wait on it ends).
     */
    public boolean reached(CaseLink link, AwaitedCase wait) {
        WorkCase child = em.find(WorkCase.class, link.getChildCaseId());
        if (child.getStatus() == CaseStatus.CLOSED) {
            return true;
        }
        return !wait.untilClosed() && !em.createQuery("select w.id from WorkItem w where w.workCase = :c"
                + " and w.stepCode = :step and w.status = :done and w.outcome not in :asides", Long.class)
                .setParameter("c", child).setParameter("step", wait.childStep())
                .setParameter("done", WorkItemStatus.DONE)
                .setParameter("asides", List.of(CaseEngine.OBSERVE, CaseEngine.ANSWER)).setMaxResults(1)
                .getResultList().isEmpty();
    }
}
