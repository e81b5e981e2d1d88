package org.sigti.workflow;

import java.util.List;
import java.util.Objects;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sigti.security.AccessDeniedException;
import org.sigti.security.Roles;
import org.sigti.security.SecurityEvents;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.StepDefinition;

/**
 * Reading cases, with the object-level rule of who may see one: the Jefe and the Auditor every case; IT staff a
 * case that has or had a step in their unit, or that they acted on; a requester their own. Anything else is a
 * recorded denial (403), whatever the id: the answer never tells whether the case exists.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE, Roles.AUDITOR})
public class CaseQueries {

    /** The most rows a page of {@link #myCases} holds. */
    public static final int MAX_PAGE_SIZE = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseEngine engine;

    @Inject
    Procedures procedures;

    @Inject
    CaseAccess access;

    @Inject
    CaseLinks links;

    @EJB
    SecurityEvents securityEvents;

    @Resource
    SessionContext context;

    public CaseView view(long caseId) {
        Actor actor = Callers.actor(context, em);
        return view(readable(caseId, actor, "CaseQueries.view"), actor);
    }

    /**
     * The case of that number in the caller's institution (numbers repeat across institutions), under the same rule
     * as {@link #view(long)}: a number that names no readable case is a recorded denial, whether it exists or not.
     */
    public CaseView viewByNumber(String number) {
        Actor actor = Callers.actor(context, em);
        Long id = em.createQuery("select c.id from WorkCase c where c.number = :number"
                + " and c.institutionCode = :institution", Long.class)
                .setParameter("number", number).setParameter("institution", actor.institutionCode())
                .getResultStream().findFirst().orElse(null);
        if (id == null) {
            securityEvents.accessDenied("CaseQueries.view", "case", number, null, "no such case");
            throw new AccessDeniedException("may not read case " + number);
        }
        return view(readable(id, actor, "CaseQueries.view"), actor);
    }

    private CaseView view(WorkCase c, Actor actor) {
        List<WorkItem> open = engine.openItems(c);
        boolean writer = !actor.roles().isEmpty() && !(actor.roles().size() == 1 && actor.has(Roles.AUDITOR));
        List<CaseView.OpenStep> steps = open.stream().map(item -> openStep(item, actor, writer)).toList();
        List<CaseView.HistoryRow> history = em.createQuery("select e from CaseEvent e where e.caseId = :c"
                + " order by e.seq", CaseEvent.class).setParameter("c", c.getId()).getResultStream()
                .map(e -> new CaseView.HistoryRow(e.getSeq(), e.getOccurredAt(), e.getActorUsername(),
                        e.getActorRoles(), e.getActorUnit(), e.getAction(), e.getProcedureCode(), e.getFromStep(),
                        e.getToSteps(), e.getOutcome(), e.getComment(), e.getDocuments())).toList();
        List<CaseView.FieldRow> fields = em.createQuery("select f from CaseField f where f.caseId = :c"
                + " order by f.recordedAt", CaseField.class).setParameter("c", c.getId()).getResultStream()
                .map(f -> new CaseView.FieldRow(f.getName(), f.getValue(), f.getStepCode(), f.getRecordedBy(),
                        f.getRecordedAt())).toList();
        List<CaseView.AttachmentRow> files = CaseView.versioned(em.createQuery("select new"
                + " org.sigti.workflow.CaseView$AttachmentRow(a.id, a.fileName, a.contentType, a.size, a.uploadedBy,"
                + " a.uploadedAt) from CaseAttachment a where a.caseId = :c order by a.id", CaseView.AttachmentRow.class)
                .setParameter("c", c.getId()).getResultList());
        boolean mayAttach = writer && engine.mayAttach(c, actor);
        ProcedureDefinition def = procedures.definition(c.getProcedureCode());
        return new CaseView(c.getId(), c.getNumber(), c.getTitle(), c.getDescription(), c.getRequestType(),
                c.getChannel(), c.getRequesterUsername(), c.getRequesterName(), c.getContactEmail(),
                c.getContactPhone(), c.getStatus(), c.getProcedureCode(), def.name(), c.getOriginProcedure(),
                c.getPriority(), c.getImpact(), c.getUrgency(), c.getOpenedAt(), c.getClosedAt(), c.getOutcome(),
                c.getResponseDue(), c.getResolutionDue(), c.isResponseBreached(), c.isResolutionBreached(),
                c.getPausedSince(), steps, history, fields, files, mayAttach,
                links.children(c.getId()).stream().map(l -> linkRow(l, l.getChildCaseId(), actor)).toList(),
                links.parentOf(c.getId()).map(l -> linkRow(l, l.getParentCaseId(), actor)).orElse(null));
    }

    /** A linked case as a page shows it: {@code shown} is the child (on the parent's page) or the parent. */
    private CaseView.LinkRow linkRow(CaseLink link, long shown, Actor actor) {
        WorkCase other = em.find(WorkCase.class, shown);
        List<String> open = engine.openItems(other).stream().map(WorkItem::getStepCode).distinct().toList();
        return new CaseView.LinkRow(link.getKey(), link.getParentStep(), other.getId(), other.getNumber(),
                other.getTitle(), other.getProcedureCode(), procedures.definition(other.getProcedureCode()).name(),
                other.getStatus(), open, link.getOpenedAt(), link.getClosedAt(), access.mayRead(other, actor));
    }

    /** An attachment's bytes, for a caller who may read its case. */
    public CaseAttachment attachment(long attachmentId) {
        Actor actor = Callers.actor(context, em);
        CaseAttachment a = em.find(CaseAttachment.class, attachmentId);
        if (a == null) {
            securityEvents.accessDenied("CaseQueries.attachment", "case_attachment", String.valueOf(attachmentId),
                    null, "no such attachment");
            throw new AccessDeniedException("no attachment " + attachmentId);
        }
        readable(a.getCaseId(), actor, "CaseQueries.attachment");
        em.detach(a);
        return a;
    }

    /** A page of the caller's own requests, newest first. */
    public List<MyCaseRow> myCases(int first, int pageSize) {
        return em.createQuery("select new org.sigti.workflow.MyCaseRow(c.id, c.number, c.title, c.procedureCode,"
                + " c.status, c.openedAt, c.updatedAt, c.closedAt) from WorkCase c where c.requesterUsername = :me"
                + " order by c.openedAt desc, c.id desc", MyCaseRow.class)
                .setParameter("me", context.getCallerPrincipal().getName())
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE)))
                .getResultList();
    }

    public long countMyCases() {
        return em.createQuery("select count(c) from WorkCase c where c.requesterUsername = :me", Long.class)
                .setParameter("me", context.getCallerPrincipal().getName()).getSingleResult();
    }

    private CaseView.OpenStep openStep(WorkItem item, Actor actor, boolean writer) {
        StepDefinition step = procedures.definition(item.getProcedureCode()).step(item.getStepCode()).orElseThrow();
        boolean observation = Roles.SOLICITANTE.equals(item.getRoleName()) && !step.responsible().isRequester();
        boolean mayAct = writer && engine.mayAct(actor, item);
        boolean mayTake = writer && mayAct && item.getAssignee() == null && !observation;
        boolean mayAssign = writer && !Roles.SOLICITANTE.equals(item.getRoleName())
                && !org.sigti.workflow.flow.Responsible.SIGTI.equals(item.getRoleName())
                && (actor.has(Roles.JEFE) || actor.has(Roles.RESPONSABLE)
                        && Objects.equals(actor.unitCode(), item.getUnitCode()));
        return new CaseView.OpenStep(item.getId(), item.getVersion(), item.getStepCode(), step.title(), step.hint(),
                step.output(), item.getRoleName(), item.getUnitCode(), item.getAssignee(), item.getCreatedAt(),
                observation, mayAct, mayTake, mayAssign, step.observable() && !observation,
                observation ? List.of() : step.outcomes(), observation ? List.of() : step.fields(),
                step.awaits().flatMap(wait -> links.newest(item.getWorkCase().getId(), wait.key()))
                        .map(link -> em.find(WorkCase.class, link.getChildCaseId()).getNumber()).orElse(null));
    }

    private WorkCase readable(long caseId, Actor actor, String action) {
        WorkCase c = em.find(WorkCase.class, caseId);
        if (c == null || !access.mayRead(c, actor)) {
            securityEvents.accessDenied(action, "case", String.valueOf(caseId), null,
                    c == null ? "no such case" : null);
            throw new AccessDeniedException("may not read case " + caseId);
        }
        return c;
    }
}
