package org.sigti.workflow;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sigti.security.Roles;

/**
 * Who may read a case, always of their own institution: the Jefe and the Auditor every case; IT staff a case that has
 * or had a step in their unit, or that they were given or acted on; a person outside IT (HR, an authority, a unit's
 * Director, a committee member) a case with a step of their role in their unit, or that they were given or acted on;
 * a requester their own; and a linked case (a ticket a step opened) whoever may read the case that opened it. One
 * rule for the case page, its attachments and documents.
 */
@ApplicationScoped
public class CaseAccess {

    @PersistenceContext
    EntityManager em;

    public boolean mayRead(WorkCase c, Actor actor) {
        if (!actor.of(c.getInstitutionCode())) {
            return false; // another institution's case: no role reads it
        }
        if (actor.has(Roles.JEFE) || actor.has(Roles.AUDITOR) || c.getRequesterUsername().equals(actor.username())) {
            return true;
        }
        boolean staff = actor.isItStaff();
        List<String> outside = actor.roles().stream().filter(Roles.OUTSIDE_IT::contains).toList();
        if (!staff && outside.isEmpty()) {
            return false;
        }
        // IT staff read what passed through their unit; a person outside IT, the steps of their role there
        boolean passed = !em.createQuery("select w.id from WorkItem w where w.workCase = :c and ((w.unitCode = :unit"
                + " and (:staff = true or w.roleName in :roles)) or w.assignee = :me or w.completedBy = :me)",
                Long.class).setParameter("c", c).setParameter("staff", staff)
                .setParameter("roles", outside.isEmpty() ? List.of("") : outside)
                .setParameter("unit", actor.unitCode() == null ? "" : actor.unitCode())
                .setParameter("me", actor.username()).setMaxResults(1).getResultList().isEmpty();
        if (passed) {
            return true;
        }
        // a linked case (a ticket a step opened) is read by whoever may read the case that opened it
        Long parent = em.createQuery("select l.parentCaseId from CaseLink l where l.childCaseId = :c", Long.class)
                .setParameter("c", c.getId()).getResultStream().findFirst().orElse(null);
        return parent != null && mayRead(em.find(WorkCase.class, parent), actor);
    }
}
