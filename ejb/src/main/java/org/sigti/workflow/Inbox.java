package org.sigti.workflow;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
 * "Mi bandeja": the steps that wait for the caller (their role in their unit, unassigned or theirs, and whatever is
 * assigned to them, including a requester's observations and confirmations), their unit's open work, or the whole
 * office's. The scope is decided from the caller's roles and unit, never trusted from the screen: a scope the
 * caller may not see falls back to {@link InboxQuery.Scope#MINE}. Pages and counts read only {@code work_item},
 * through its indexes; counts stop at {@link #COUNT_CAP}.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.SOLICITANTE, Roles.AUDITOR})
public class Inbox {

    public static final int MAX_PAGE_SIZE = 100;
    /** Counts beyond this show as "1000+": an exact count over a million rows helps nobody. */
    public static final int COUNT_CAP = 1000;

    private static final String ROW = "select new org.sigti.workflow.InboxRow(w.id, w.version, w.workCase.id,"
            + " w.caseNumber, w.title, w.procedureCode, w.stepCode, w.roleName, w.unitCode, w.assignee, w.priority,"
            + " w.createdAt) from WorkItem w";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    public List<InboxRow> page(InboxQuery query, int first, int pageSize) {
        Filter filter = filter(query);
        if (filter == null) {
            return List.of();
        }
        InboxQuery.Sort sort = query.sort() == null ? InboxQuery.Sort.AGE : query.sort();
        String direction = query.descending() ? " desc" : " asc";
        TypedQuery<InboxRow> q = em.createQuery(ROW + filter.where + " order by " + sort.path + direction
                + ", w.id" + direction, InboxRow.class)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE)));
        filter.params.forEach(q::setParameter);
        return q.getResultList();
    }

    /** How many rows the query has, up to {@link #COUNT_CAP} + 1 (the screen shows "1000+"). */
    public int count(InboxQuery query) {
        Filter filter = filter(query);
        if (filter == null) {
            return 0;
        }
        TypedQuery<Long> q = em.createQuery("select w.id from WorkItem w" + filter.where, Long.class)
                .setMaxResults(COUNT_CAP + 1);
        filter.params.forEach(q::setParameter);
        return q.getResultList().size();
    }

    /** The scopes the caller may choose. */
    public List<InboxQuery.Scope> scopes() {
        if (context.isCallerInRole(Roles.JEFE) || context.isCallerInRole(Roles.AUDITOR)) {
            return List.of(InboxQuery.Scope.MINE, InboxQuery.Scope.UNIT, InboxQuery.Scope.OFFICE);
        }
        if (context.isCallerInRole(Roles.RESPONSABLE)) {
            return List.of(InboxQuery.Scope.MINE, InboxQuery.Scope.UNIT);
        }
        return List.of(InboxQuery.Scope.MINE);
    }

    private Filter filter(InboxQuery query) {
        InboxQuery.Scope scope = scopes().contains(query.scope()) ? query.scope() : InboxQuery.Scope.MINE;
        String me = context.getCallerPrincipal().getName();
        String unit = unitCode(me);
        Map<String, Object> params = new HashMap<>();
        params.put("open", WorkItemStatus.OPEN);
        StringBuilder where = new StringBuilder(" where w.status = :open");
        switch (scope) {
            case OFFICE -> where.append(" and w.roleName <> :requester");
            case UNIT -> {
                if (unit == null) {
                    return null;
                }
                where.append(" and w.unitCode = :unit and w.roleName <> :requester");
                params.put("unit", unit);
            }
            default -> {
                List<String> roles = Roles.IT_STAFF.stream().filter(context::isCallerInRole).toList();
                if (unit == null || roles.isEmpty()) {
                    where.append(" and w.assignee = :me");
                } else {
                    where.append(" and ((w.unitCode = :unit and w.roleName in :roles and (w.assignee is null"
                            + " or w.assignee = :me)) or w.assignee = :me)");
                    params.put("unit", unit);
                    params.put("roles", roles);
                }
                params.put("me", me);
            }
        }
        if (scope != InboxQuery.Scope.MINE) {
            params.put("requester", Roles.SOLICITANTE);
        }
        if (query.text() != null && !query.text().isBlank()) {
            where.append(" and w.searchText like :text");
            params.put("text", "%" + WorkItem.searchTextOf("", query.text().strip()).strip()
                    .replace("\\", "").replace("%", "").replace("_", "") + "%");
        }
        if (query.procedureCode() != null && !query.procedureCode().isBlank()) {
            where.append(" and w.procedureCode = :procedure");
            params.put("procedure", query.procedureCode());
        }
        if (query.priority() != null && !query.priority().isBlank()) {
            where.append(" and w.priority = :priority");
            params.put("priority", query.priority().toUpperCase(Locale.ROOT));
        }
        return new Filter(where.toString(), params);
    }

    private String unitCode(String username) {
        return em.createNamedQuery("UserProfile.findUnitCode", String.class).setParameter("username", username)
                .getResultStream().findFirst().orElse(null);
    }

    private record Filter(String where, Map<String, Object> params) {
    }
}
