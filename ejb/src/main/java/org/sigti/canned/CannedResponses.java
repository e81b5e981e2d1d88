package org.sigti.canned;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.sigti.people.InstitutionScope;
import org.sigti.security.AccessDeniedException;
import org.sigti.security.Roles;
import org.sigti.security.SecurityEvents;
import org.sigti.workflow.Actor;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.Callers;
import org.sigti.workflow.NotFoundException;
import org.sigti.workflow.Procedures;
import org.sigti.workflow.WorkflowException;
import org.sigti.workflow.flow.ProcedureDefinition;

/**
 * The canned responses of the caller's institution (issue 19, item 5). The IT staff and the Auditor read them; a
 * step's picker offers the active ones of the step's procedure and those for every procedure, by title. The Jefe(a)
 * and the Responsables write them: add, rewrite, retire. Another institution's text asked for by id is refused and
 * recorded ({@link InstitutionScope#owned}), as is a writer without the right (a security event, then
 * {@link AccessDeniedException}). Bad input (no title, a text too long, a procedure not of the institution's manual,
 * a text changed meanwhile by someone else) is a {@link WorkflowException} the screen reads, and changes nothing.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUDITOR})
public class CannedResponses {

    public static final int MAX_PAGE = 100;
    /** A step's picker offers at most this many texts. */
    public static final int MAX_PICK = 100;
    static final String OBJECT = "canned_response";

    private static final String ROW = "select new org.sigti.canned.CannedRow(r.id, r.procedureCode, r.title, r.body,"
            + " r.changedBy, r.changedAt, r.version) from CannedResponse r";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @EJB
    InstitutionScope scope;

    @EJB
    SecurityEvents securityEvents;

    @Inject
    Procedures procedures;

    @Inject
    CaseEngine engine;

    /** How many active texts the institution keeps, those of {@code procedureCode} only when it is given. */
    public long count(String procedureCode) {
        return filtered("select count(r) from CannedResponse r", procedureCode, "", Long.class).getSingleResult();
    }

    /** A page of the institution's active texts, by procedure (those for all first) and title. */
    public List<CannedRow> page(String procedureCode, int first, int size) {
        return filtered(ROW, procedureCode, " order by r.procedureCode nulls first, r.title, r.id", CannedRow.class)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, size), MAX_PAGE))
                .getResultList();
    }

    /** What a step of {@code procedureCode} offers: the institution's active texts for it and for all, by title. */
    public List<CannedRow> offeredFor(String procedureCode) {
        return em.createQuery(ROW + " where r.institutionCode = :institution and r.active = true"
                + " and (r.procedureCode is null or r.procedureCode = :procedure) order by r.title, r.id",
                CannedRow.class).setParameter("institution", scope.caller())
                .setParameter("procedure", Objects.requireNonNullElse(procedureCode, ""))
                .setMaxResults(MAX_PICK).getResultList();
    }

    /** One active text of the caller's institution, for the picker's insertion. */
    public CannedRow get(long id) {
        CannedResponse r = scope.owned(em.find(CannedResponse.class, id), "CannedResponses.get", OBJECT, id);
        if (r == null || !r.isActive()) {
            throw new NotFoundException("canned.unknown", String.valueOf(id));
        }
        return row(r);
    }

    /** The institution's procedures a text may be for: code and name, by code. */
    public List<ProcedureDefinition> procedures() {
        String institution = scope.caller();
        return procedures.all().stream()
                .filter(d -> institution.equals(engine.institutionOf(d)))
                .sorted(java.util.Comparator.comparing(ProcedureDefinition::code)).toList();
    }

    /** Whether the caller may write texts (the screen offers the form only then). */
    public boolean mayWrite() {
        return context.isCallerInRole(Roles.JEFE) || context.isCallerInRole(Roles.RESPONSABLE);
    }

    /** Adds a text; returns its id. */
    public long add(CannedDraft draft) {
        Actor actor = writer("CannedResponses.add", "new");
        Checked checked = checked(draft);
        CannedResponse r = new CannedResponse(actor.institutionCode(), checked.procedure, checked.title,
                checked.body, actor.username(), now());
        em.persist(r);
        em.flush();
        return r.getId();
    }

    /** Rewrites a text that is still as the caller saw it ({@code version}). */
    public void rewrite(long id, long version, CannedDraft draft) {
        Actor actor = writer("CannedResponses.rewrite", id);
        CannedResponse r = current(id, version, "CannedResponses.rewrite");
        Checked checked = checked(draft);
        r.rewrite(checked.procedure, checked.title, checked.body, actor.username(), now());
    }

    /** Retires a text: no longer offered, kept. */
    public void retire(long id, long version) {
        Actor actor = writer("CannedResponses.retire", id);
        current(id, version, "CannedResponses.retire").retire(actor.username(), now());
    }

    private CannedResponse current(long id, long version, String action) {
        CannedResponse r = scope.owned(em.find(CannedResponse.class, id), action, OBJECT, id);
        if (r == null || !r.isActive()) {
            throw new NotFoundException("canned.unknown", String.valueOf(id));
        }
        if (r.getVersion() != version) {
            throw new WorkflowException("canned.changedMeanwhile", r.getTitle());
        }
        return r;
    }

    private Actor writer(String action, Object id) {
        if (!mayWrite()) {
            securityEvents.accessDenied(action, OBJECT, String.valueOf(id), null, "only the Jefe or a Responsable");
            throw new AccessDeniedException("may not write canned responses");
        }
        return Callers.actor(context, em);
    }

    private record Checked(String procedure, String title, String body) {
    }

    private Checked checked(CannedDraft draft) {
        Map<String, String> problems = new LinkedHashMap<>();
        String title = draft.title() == null ? "" : draft.title().strip();
        String body = draft.body() == null ? "" : draft.body().strip();
        String procedure = draft.procedureCode() == null || draft.procedureCode().isBlank() ? null
                : draft.procedureCode().strip();
        if (title.isEmpty()) {
            problems.put("title", "canned.title.required");
        } else if (title.length() > CannedResponse.TITLE_MAXLENGTH) {
            problems.put("title", "canned.title.tooLong");
        }
        if (body.isEmpty()) {
            problems.put("body", "canned.body.required");
        } else if (body.length() > CannedResponse.BODY_MAXLENGTH) {
            problems.put("body", "canned.body.tooLong");
        }
        if (procedure != null && procedures().stream().noneMatch(d -> d.code().equals(procedure))) {
            problems.put("procedure", "canned.procedure.unknown");
        }
        if (!problems.isEmpty()) {
            throw new WorkflowException("canned.invalid", problems);
        }
        return new Checked(procedure, title, body);
    }

    private <T> TypedQuery<T> filtered(String select, String procedureCode, String order, Class<T> type) {
        boolean one = procedureCode != null && !procedureCode.isBlank();
        TypedQuery<T> q = em.createQuery(select + " where r.institutionCode = :institution and r.active = true"
                + (one ? " and r.procedureCode = :procedure" : "") + order, type)
                .setParameter("institution", scope.caller());
        return one ? q.setParameter("procedure", procedureCode.strip()) : q;
    }

    private static CannedRow row(CannedResponse r) {
        return new CannedRow(r.getId(), r.getProcedureCode(), r.getTitle(), r.getBody(), r.getChangedBy(),
                r.getChangedAt(), r.getVersion());
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
