package org.sigti.request;

import java.util.List;
import java.util.Map;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.sigti.security.Roles;

/**
 * "Mi bandeja" and "Mis solicitudes": the requests that wait for the caller, and the caller's own requests.
 * What a caller may see is decided here from the caller's roles and unit, never from parameters: the Jefe and the
 * Auditor see the whole office's open work, the Responsable, Técnico and Operador their unit's queue, and a
 * Solicitante only requests of their own that wait for them. Lists are paged in the database.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.SOLICITANTE, Roles.AUDITOR})
public class RequestInbox {

    /** The largest page a screen may ask for. */
    public static final int MAX_PAGE_SIZE = 100;

    private static final String SELECT_ROW = "select new org.sigti.request.RequestRow(r.id, r.number, r.title,"
            + " r.status, r.requesterUsername, ru.code, au.code, r.createdAt)"
            + " from ServiceRequest r join r.requestingUnit ru left join r.assignedUnit au";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    /** A page of the requests waiting for the caller's action, oldest first. */
    public List<RequestRow> inbox(int first, int pageSize) {
        return rows(inboxFilter(), " order by r.createdAt asc, r.id asc", first, pageSize);
    }

    /** How many requests wait for the caller's action. */
    public long countInbox() {
        return count(inboxFilter());
    }

    /** A page of the caller's own requests in every state, newest first. */
    public List<RequestRow> myRequests(int first, int pageSize) {
        return rows(ownFilter(), " order by r.createdAt desc, r.id desc", first, pageSize);
    }

    /** How many requests the caller has filed. */
    public long countMyRequests() {
        return count(ownFilter());
    }

    private Filter ownFilter() {
        return new Filter(" where r.requesterUsername = :me", Map.of("me", caller()));
    }

    private Filter inboxFilter() {
        if (context.isCallerInRole(Roles.JEFE) || context.isCallerInRole(Roles.AUDITOR)) {
            return new Filter(" where r.status in :states", Map.of("states", RequestStatus.AWAITING_IT));
        }
        if (Roles.IT_STAFF.stream().anyMatch(context::isCallerInRole)) {
            String unit = callerUnitCode();
            if (unit == null) {
                return Filter.NOTHING;
            }
            return new Filter(" where r.status in :states and au.code = :unit",
                    Map.of("states", RequestStatus.AWAITING_IT, "unit", unit));
        }
        return new Filter(" where r.requesterUsername = :me and r.status in :states",
                Map.of("me", caller(), "states", RequestStatus.AWAITING_REQUESTER));
    }

    private List<RequestRow> rows(Filter filter, String order, int first, int pageSize) {
        if (filter == Filter.NOTHING) {
            return List.of();
        }
        TypedQuery<RequestRow> query = em.createQuery(SELECT_ROW + filter.where() + order, RequestRow.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE)));
        filter.parameters().forEach(query::setParameter);
        return query.getResultList();
    }

    private long count(Filter filter) {
        if (filter == Filter.NOTHING) {
            return 0;
        }
        TypedQuery<Long> query = em.createQuery(
                "select count(r) from ServiceRequest r left join r.assignedUnit au" + filter.where(), Long.class);
        filter.parameters().forEach(query::setParameter);
        return query.getSingleResult();
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private String callerUnitCode() {
        return em.createNamedQuery("UserProfile.findUnitCode", String.class)
                .setParameter("username", caller())
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private record Filter(String where, Map<String, Object> parameters) {
        static final Filter NOTHING = new Filter("", Map.of());
    }

}
