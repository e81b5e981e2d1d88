package org.sigti.security;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

/**
 * The security events for the Jefe and the Auditor, newest first, paged in the database: all of them, or those of one
 * kind (the failed logins Keycloak reported, say).
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.AUDITOR})
public class SecurityEventLog {

    /** The largest page a screen may ask for. */
    public static final int MAX_PAGE_SIZE = 100;

    @PersistenceContext
    private EntityManager em;

    /** A page of the events of {@code kind}, or of all when it is null. */
    public List<SecurityEventRow> page(SecurityEventKind kind, int first, int pageSize) {
        return of(kind, "select new org.sigti.security.SecurityEventRow(e.id, e.occurredAt, e.username, e.roles,"
                + " e.unitCode, e.kind, e.action, e.objectType, e.objectId, e.sourceAddress) from SecurityEvent e",
                " order by e.occurredAt desc, e.id desc", SecurityEventRow.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE)))
                .getResultList();
    }

    /** How many events of {@code kind} there are, or of all kinds when it is null. */
    public long count(SecurityEventKind kind) {
        return of(kind, "select count(e) from SecurityEvent e", "", Long.class).getSingleResult();
    }

    /** The query with the kind's condition when there is one (each query keeps its own plan and index). */
    private <T> TypedQuery<T> of(SecurityEventKind kind, String select, String order, Class<T> type) {
        if (kind == null) {
            return em.createQuery(select + order, type);
        }
        return em.createQuery(select + " where e.kind = :kind" + order, type).setParameter("kind", kind);
    }
}
