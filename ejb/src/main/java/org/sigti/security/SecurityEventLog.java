package org.sigti.security;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The security events for the Jefe and the Auditor, newest first, paged in the database. */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.AUDITOR})
public class SecurityEventLog {

    /** The largest page a screen may ask for. */
    public static final int MAX_PAGE_SIZE = 100;

    @PersistenceContext
    private EntityManager em;

    public List<SecurityEventRow> page(int first, int pageSize) {
        return em.createQuery("select new org.sigti.security.SecurityEventRow(e.id, e.occurredAt, e.username,"
                + " e.roles, e.unitCode, e.kind, e.action, e.objectType, e.objectId, e.sourceAddress)"
                + " from SecurityEvent e order by e.occurredAt desc, e.id desc", SecurityEventRow.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE)))
                .getResultList();
    }

    public long count() {
        return em.createQuery("select count(e) from SecurityEvent e", Long.class).getSingleResult();
    }
}
