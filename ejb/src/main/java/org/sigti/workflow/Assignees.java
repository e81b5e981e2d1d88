package org.sigti.workflow;

import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sigti.security.Roles;

/**
 * The people a step may be assigned to, for the assign pickers: those of a step's queue (its role in its unit), or
 * those of every queue the caller may assign in (the Jefe: the institution's IT staff; a Responsable: their unit's).
 * What the kernel checks at {@link Workflow#assign} is the same rule; these lists only spare people typing names.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE})
public class Assignees {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    /** The people of the step's queue, when the caller's institution holds the step; else none. */
    public List<Assignee> ofItem(long itemId) {
        Actor actor = Callers.actor(context, em);
        WorkItem item = em.find(WorkItem.class, itemId);
        if (item == null || !actor.of(item.getInstitutionCode()) || item.getUnitCode() == null) {
            return List.of();
        }
        return people(item.getInstitutionCode(), item.getUnitCode(), List.of(item.getRoleName()));
    }

    /** The IT staff of the queues the caller may assign in. */
    public List<Assignee> ofCaller() {
        Actor actor = Callers.actor(context, em);
        String unit = actor.has(Roles.JEFE) ? null : actor.unitCode();
        if (unit == null && !actor.has(Roles.JEFE)) {
            return List.of();
        }
        return people(actor.institutionCode(), unit, Roles.PERFORMERS);
    }

    /**
     * The people of an institution (of one unit when {@code unit} is given) who hold one of {@code roles}, by unit and
     * name. Roles are kept as one comma-separated column: the few people of an institution are filtered here.
     */
    private List<Assignee> people(String institution, String unit, List<String> roles) {
        var query = em.createQuery("select p.username, p.fullName, u.code, p.roles from UserProfile p join p.unit u"
                + " where u.institutionCode = :institution" + (unit == null ? "" : " and u.code = :unit")
                + " order by u.code, p.fullName, p.username", Object[].class).setParameter("institution", institution);
        if (unit != null) {
            query.setParameter("unit", unit);
        }
        return query.getResultStream()
                .filter(row -> row[3] != null
                        && List.of(((String) row[3]).split(",")).stream().anyMatch(roles::contains))
                .map(row -> new Assignee((String) row[0], (String) row[1], (String) row[2])).toList();
    }
}
