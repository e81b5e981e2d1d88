package org.sigti.workflow;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntBiFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.sigti.db.Prefix;
import org.sigti.security.Roles;

/**
 * "Mi bandeja": the steps that wait for the caller (their role in their unit, unassigned or theirs, and whatever is
 * assigned to them, including a requester's observations and confirmations), their unit's open work, or the whole
 * office's. The scope is decided from the caller's roles and unit, never trusted from the screen: a scope the
 * caller may not see falls back to {@link InboxQuery.Scope#MINE}. Pages and counts read only {@code work_item},
 * through its indexes; counts stop at {@link #COUNT_CAP}.
 * <p>
 * "Mi bandeja" is two disjoint sets: the caller's queue (their unit, one of their roles) unassigned, and what is
 * assigned to them (in their queue or anywhere else). A page asks for their union; a count asks for each set apart
 * ({@link #count}), so that each is one index range that stops at the cap.
 * <p>
 * The search box: a text that looks like a case number ({@link #CASE_NUMBER}: {@code SOL-2026-000123} or its
 * beginning, any case) finds the open items whose case number starts with it, through the index range plus LIKE of
 * {@link Prefix} on {@code ix_work_item_number}; any other text is looked for anywhere in the number and title
 * ({@code LIKE '%...%'} on {@code search_text}, accents and case ignored), which no index can seek: such a search reads
 * the open items of the scope, oldest first, until its page is full. bench/inbox-benchmark.sh runs the SQL of these
 * queries at a million cases: keep its shapes in step with this class.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE, Roles.AUDITOR})
public class Inbox {

    public static final int MAX_PAGE_SIZE = 100;
    /** Counts beyond this show as "1000+": an exact count over a million rows helps nobody. */
    public static final int COUNT_CAP = 1000;
    /**
     * A search text taken for a case number or its beginning: series, year and at least one digit of the sequence
     * ({@code SOL-2026-000123}, {@code sol-2026-0001}). Case numbers are {@code SERIES-YEAR-NNNNNN}
     * ({@link CaseNumbers}).
     */
    static final Pattern CASE_NUMBER = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,9}-[0-9]{4}-[0-9]{1,10}");

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
        TypedQuery<InboxRow> q = em.createQuery(ROW + filter.whole.where + " order by " + sort.path + direction
                + ", w.id" + direction, InboxRow.class)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE)));
        filter.whole.params.forEach(q::setParameter);
        return q.getResultList();
    }

    /** The row of one step, when the query (the caller's scope and filters) holds it; else empty. */
    public java.util.Optional<InboxRow> row(InboxQuery query, long itemId) {
        Filter filter = filter(query);
        if (filter == null) {
            return java.util.Optional.empty();
        }
        TypedQuery<InboxRow> q = em.createQuery(ROW + filter.whole.where + " and w.id = :item", InboxRow.class);
        filter.whole.params.forEach(q::setParameter);
        return q.setParameter("item", itemId).getResultStream().findFirst();
    }

    /**
     * How many rows the query has, up to {@link #COUNT_CAP} + 1 (the screen shows "1000+"), counting the disjoint
     * sets of the scope one after the other ({@link #countUpTo}). A single query over "Mi bandeja"'s union made
     * PostgreSQL OR two bitmaps, which reads every open item of the caller's queue before the limit applies (issue 20:
     * 202,480 items and 130 ms for a "1000+"); each set alone is a range of one index ({@code ix_work_item_queue}
     * with the assignee, V41, or {@code ix_work_item_assignee}) that stops at the cap.
     */
    public int count(InboxQuery query) {
        Filter filter = filter(query);
        if (filter == null) {
            return 0;
        }
        return countUpTo(COUNT_CAP + 1, filter.parts, (part, limit) -> {
            TypedQuery<Long> q = em.createQuery("select w.id from WorkItem w" + part.where, Long.class)
                    .setMaxResults(limit);
            part.params.forEach(q::setParameter);
            return q.getResultList().size();
        });
    }

    /**
     * The rows of disjoint parts, up to {@code cap} in all: each part is asked for at most the rows the cap still
     * lacks ({@code count} returns at most that limit), and no part is asked once the cap is reached. The sum of
     * disjoint sets is their union's count, so the result is the union's count capped, read in at most {@code cap}
     * rows.
     */
    static <T> int countUpTo(int cap, List<T> parts, ToIntBiFunction<T, Integer> count) {
        int total = 0;
        for (T part : parts) {
            if (total >= cap) {
                break;
            }
            total += count.applyAsInt(part, cap - total);
        }
        return total;
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
        String[] home = unitOf(me);
        String unit = home[0];
        Map<String, Object> params = new HashMap<>();
        params.put("open", WorkItemStatus.OPEN);
        params.put("institution", home[1]);
        StringBuilder where = new StringBuilder(" where w.status = :open and w.institutionCode = :institution");
        List<Clause> sets = List.of();
        switch (scope) {
            case OFFICE -> {
                where.append(" and w.roleName <> :requester and w.roleName <> :sigti");
                params.put("sigti", org.sigti.workflow.flow.Responsible.SIGTI); // a step that waits on a linked case
            }
            case UNIT -> {
                if (unit == null) {
                    return null;
                }
                where.append(" and w.unitCode = :unit and w.roleName <> :requester");
                params.put("unit", unit);
            }
            default -> {
                List<String> roles = Roles.PERFORMERS.stream().filter(context::isCallerInRole).toList();
                if (unit == null || roles.isEmpty()) {
                    where.append(" and w.assignee = :me");
                    params.put("me", me);
                } else {
                    // the queue's items assigned to the caller are in the second set
                    sets = List.of(
                            new Clause("w.unitCode = :unit and w.roleName in :roles and w.assignee is null",
                                    Map.of("unit", unit, "roles", roles)),
                            new Clause("w.assignee = :me", Map.of("me", me)));
                }
            }
        }
        if (scope != InboxQuery.Scope.MINE) {
            params.put("requester", Roles.SOLICITANTE);
        }
        StringBuilder filters = new StringBuilder();
        if (query.text() != null && !query.text().isBlank()) {
            search(query.text().strip(), filters, params);
        }
        if (query.procedureCode() != null && !query.procedureCode().isBlank()) {
            filters.append(" and w.procedureCode = :procedure");
            params.put("procedure", query.procedureCode());
        }
        if (query.priority() != null && !query.priority().isBlank()) {
            filters.append(" and w.priority = :priority");
            params.put("priority", query.priority().toUpperCase(Locale.ROOT));
        }
        return Filter.of(where.toString(), sets, filters.toString(), params);
    }

    /** The search box's condition for {@code text} (not blank), appended to {@code where}; see the class comment. */
    static void search(String text, StringBuilder where, Map<String, Object> params) {
        if (CASE_NUMBER.matcher(text).matches()) {
            // numbers are stored upper case: the range seeks ix_work_item_number, the LIKE keeps the prefix
            Prefix number = Prefix.of(text, true).orElseThrow();
            where.append(number.condition("w.caseNumber", "number"));
            number.bind(params, "number");
        } else {
            where.append(" and w.searchText like :text");
            params.put("text", "%" + WorkItem.searchTextOf("", text).strip()
                    .replace("\\", "").replace("%", "").replace("_", "") + "%");
        }
    }

    /** The caller's unit code (null when they have none) and institution. */
    private String[] unitOf(String username) {
        return em.createQuery("select u.code, u.institutionCode from UserProfile p join p.unit u"
                + " where p.username = :username", Object[].class).setParameter("username", username)
                .getResultStream().findFirst().map(r -> new String[] {(String) r[0], (String) r[1]})
                .orElseGet(() -> new String[] {null, org.sigti.people.Institutions.defaultInstitution()});
    }

    /** A where clause ({@code " where ..."}, or a condition) and the parameters it names, no others. */
    record Clause(String where, Map<String, Object> params) {
    }

    /**
     * What a page asks for ({@code whole}) and what a count asks for, part by part ({@code parts}: disjoint sets
     * whose union is {@code whole}; one part, {@code whole}, when the scope is one set).
     */
    record Filter(Clause whole, List<Clause> parts) {

        /**
         * The scope's conditions {@code head} ({@code " where ..."}), the disjoint {@code sets} of the scope (each a
         * condition and its own parameters; none when {@code head} alone is the scope), the screen's filters
         * {@code tail}, and {@code params}, those of {@code head} and {@code tail}. The page ORs the sets; each part
         * is {@code head}, one set and {@code tail}, given only the parameters it names (JPA rejects the others).
         */
        static Filter of(String head, List<Clause> sets, String tail, Map<String, Object> params) {
            if (sets.isEmpty()) {
                Clause whole = new Clause(head + tail, params);
                return new Filter(whole, List.of(whole));
            }
            Map<String, Object> all = new HashMap<>(params);
            sets.forEach(set -> all.putAll(set.params));
            Clause whole = new Clause(head + sets.stream().map(set -> "(" + set.where + ")")
                    .collect(Collectors.joining(" or ", " and (", ")")) + tail, all);
            List<Clause> parts = sets.stream().map(set -> {
                Map<String, Object> own = new HashMap<>(params);
                own.putAll(set.params);
                return new Clause(head + " and " + set.where + tail, own);
            }).toList();
            return new Filter(whole, parts);
        }
    }
}
