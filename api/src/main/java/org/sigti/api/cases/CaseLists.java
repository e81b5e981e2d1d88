package org.sigti.api.cases;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.sigti.api.ApiInputException;
import org.sigti.security.AccessDeniedException;
import org.sigti.security.SecurityEvents;
import org.sigti.workflow.CaseQueries;
import org.sigti.workflow.Inbox;
import org.sigti.workflow.InboxQuery;
import org.sigti.workflow.Procedures;
import org.sigti.workflow.flow.ProcedureDefinition;

/**
 * The lists of {@code GET /cases}: the inbox's scopes through {@link Inbox} (its queries, paged in the database, its
 * count capped at {@link Inbox#COUNT_CAP}), and the caller's own requests through {@link CaseQueries#myCases}. A scope
 * the caller's roles do not open (the screen's selector does not offer it) is a recorded denial, not a silent
 * fallback to "mine" as on the screen: a machine would take the wrong list for the one it asked for.
 */
@RequestScoped
public class CaseLists {

    static final int DEFAULT_SIZE = 25;
    static final int MAX_PAGE = 100_000;

    @EJB
    Inbox inbox;

    @EJB
    CaseQueries queries;

    @EJB
    SecurityEvents securityEvents;

    @Inject
    Procedures procedures;

    @Inject
    HttpServletRequest http;

    /** The list asked for: scope, page (from 0) and size. */
    record Request(String scope, int page, int size) {

        static final List<String> SCOPES = List.of("mine", "unit", "office", "requested");

        /** Reads the query parameters; wrong ones are invalid input, each with what is wrong. */
        static Request parse(String scope, String page, String size) {
            Map<String, String> problems = new LinkedHashMap<>();
            String s = scope == null ? "mine" : scope;
            if (!SCOPES.contains(s)) {
                problems.put("scope", "choice");
            }
            int p = number(page, 0, MAX_PAGE, 0, "page", problems);
            int n = number(size, 1, Inbox.MAX_PAGE_SIZE, DEFAULT_SIZE, "size", problems);
            if (!problems.isEmpty()) {
                throw ApiInputException.invalid(problems);
            }
            return new Request(s, p, n);
        }

        private static int number(String text, int min, int max, int otherwise, String name,
                Map<String, String> problems) {
            if (text == null) {
                return otherwise;
            }
            if (!text.matches("[0-9]{1,9}")) {
                problems.put(name, "integer");
                return otherwise;
            }
            int value = Integer.parseInt(text);
            if (value < min || value > max) {
                problems.put(name, "range");
            }
            return value;
        }

        int first() {
            return page * size;
        }
    }

    CaseJson.Page<?> page(Request request, Locale locale, CaseJson.Addresses at) {
        Map<String, ProcedureDefinition> seen = new HashMap<>();
        if ("requested".equals(request.scope())) {
            List<CaseJson.Request> items = queries.myCases(request.first(), request.size()).stream()
                    .map(row -> CaseJson.of(row, procedure(row.procedureCode(), seen, locale), at)).toList();
            return page(request, queries.countMyCases(), items);
        }
        InboxQuery.Scope scope = InboxQuery.Scope.valueOf(request.scope().toUpperCase(Locale.ROOT));
        if (!inbox.scopes().contains(scope)) {
            String action = http.getMethod() + " " + http.getRequestURI() + "?scope=" + request.scope();
            securityEvents.accessDenied(action, null, null, http.getRemoteAddr(), "inbox scope " + scope);
            throw new AccessDeniedException("inbox scope " + scope);
        }
        InboxQuery query = new InboxQuery(scope, null, null, null, InboxQuery.Sort.AGE, false);
        List<CaseJson.InboxItem> items = inbox.page(query, request.first(), request.size()).stream()
                .map(row -> CaseJson.of(row, procedure(row.procedureCode(), seen, locale),
                        seen.get(row.procedureCode()).step(row.stepCode()).map(step -> step.title().in(locale))
                                .orElse(row.stepCode()), at)).toList();
        return page(request, inbox.count(query), items);
    }

    private static <T> CaseJson.Page<T> page(Request request, long count, List<T> items) {
        return new CaseJson.Page<>(request.scope(), request.page(), request.size(), Math.min(count, Inbox.COUNT_CAP),
                count > Inbox.COUNT_CAP, items);
    }

    private CaseJson.Procedure procedure(String code, Map<String, ProcedureDefinition> seen, Locale locale) {
        ProcedureDefinition def = seen.computeIfAbsent(code, procedures::definition);
        return new CaseJson.Procedure(code, CaseJson.name(def.name(), locale));
    }
}
