package org.sigti.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sigti.security.Roles;

/**
 * Who may read a case: the Jefe and the Auditor every case; IT staff a case that has or had a step in their unit,
 * or that they were given or acted on; a requester their own. One rule for the case page, its attachments and
 * documents.
 */
@ApplicationScoped
public class CaseAccess {

    @PersistenceContext
    EntityManager em;

    public boolean mayRead(WorkCase c, Actor actor) {
        if (actor.has(Roles.JEFE) || actor.has(Roles.AUDITOR) || c.getRequesterUsername().equals(actor.username())) {
            return true;
        }
        if (!actor.isItStaff()) {
            return false;
        }
        return !em.createQuery("select w.id from WorkItem w where w.workCase = :c and (w.unitCode = :unit"
                + " or w.assignee = :me or w.completedBy = :me)", Long.class).setParameter("c", c)
                .setParameter("unit", actor.unitCode() == null ? "" : actor.unitCode())
                .setParameter("me", actor.username()).setMaxResults(1).getResultList().isEmpty();
    }
}
