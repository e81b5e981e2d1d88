package org.sigti.workflow;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.sigti.security.Roles;
import org.sigti.security.trail.AuditKey;
import org.sigti.security.trail.TrailLedgers;
import org.sigti.workflow.flow.FieldDefinition;
import org.sigti.workflow.flow.Outcome;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.Responsible;
import org.sigti.workflow.flow.StepDefinition;

/**
 * The kernel: the only code that changes a case. It files cases, moves them along the declared steps, keeps their
 * inbox rows, writes one chained audit record per transition in the same transaction, pauses the service clock
 * while the requester is asked, and queues the requester's mails and those the steps declare ({@link
 * CaseNotifications}) for after the commit. It runs only inside the transaction of a secured service ({@link Workflow}); who acts comes as an {@link Actor} built there.
 *
 * <p>Every move locks its case row first, so moves on one case are serialized and its audit chain has no forks;
 * the loser of a race on one step finds it done and gets {@link ConcurrentActionException}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CaseEngine {

    /** The way out of a requester's answer to an observation. */
    public static final String ANSWER = "responder";
    /** The action of asking the requester (not an outcome of the manual: the step comes back). */
    public static final String OBSERVE = "observar";

    @PersistenceContext
    EntityManager em;

    @Inject
    Procedures procedures;

    @Inject
    Event<CaseNotice> notices;

    @Inject
    CaseNumbers numbers;

    @Inject
    TrailLedgers ledgers;

    @Inject
    CaseNotifications notifications;

    @jakarta.ejb.EJB
    org.sigti.security.SecurityEvents securityEvents;

    @jakarta.ejb.EJB
    org.sigti.sla.ServiceLevelCache serviceLevels;

    @jakarta.ejb.EJB
    SystemStart systemStart;

    @Inject
    org.sigti.people.Institutions institutions;

    @Inject
    CaseLinks links;

    /** Who writes the records of what happens by the clock (breaches). */
    static final Actor SYSTEM = new Actor("sigti", "SIGTI", null, List.of(), null);

    /** The refusal the calling service audits and turns into a 403. */
    public static final class Denied extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Denied(String message) {
            super(message);
        }
    }

    /** Files a case: the filer completes the procedure's start step, and the case waits at the next. */
    public WorkCase start(String procedureCode, Actor actor, NewCase draft, ProcedureFlow hook) {
        ProcedureDefinition def = procedures.definition(procedureCode);
        StepDefinition start = def.start();
        if (!mayStart(actor, def)) {
            throw denied(actor, "start " + procedureCode, "procedure", procedureCode, "may not file " + procedureCode
                    + (def.startedBySystemOnly() ? " (opened by SIGTI only)" : def.starters().isEmpty() ? ""
                            : " (filed by " + String.join(", ", def.starters()) + ")"));
        }
        Instant now = now();
        validate(draft, actor);
        boolean onBehalf = draft.onBehalfName() != null && !draft.onBehalfName().isBlank();
        String institution = institutionOf(def);
        WorkCase c = new WorkCase(institution, numbers.next("SOL", now.atZone(ZoneOffset.UTC).getYear()), def.code(),
                draft.title().strip(), actor.username(), onBehalf ? draft.onBehalfName().strip() : actor.fullName(),
                draft.channel() == null ? NewCase.CHANNEL_PORTAL : draft.channel(), now);
        c.describe(blankToNull(draft.description()), draft.requestType(), onBehalf ? null : actor.unitCode(),
                onBehalf || blankToNull(draft.contactEmail()) != null ? blankToNull(draft.contactEmail())
                        : actor.email(), blankToNull(draft.contactPhone()));
        em.persist(c);
        em.flush();
        audit(c, actor, "START", null, start.code(), null, draft.channel(), null, now);
        Outcome first = start.outcomes().get(0);
        if (hook != null) {
            hook.onTransition(new Transition(c.getId(), c.getNumber(), def.code(), start.code(), first.key(),
                    null, Map.of(), actor));
        }
        List<String> opened = follow(c, def, start, first, Map.of(), actor, null, now);
        audit(c, actor, "COMPLETE", start.code(), String.join(",", opened), first.key(), null, null, now);
        mail(c, def, start, first.key(), draft.description(), actor, now);
        openLinked(c, start, draft.description(), now);
        settleWaits(c, now);
        notices.fire(notice(CaseNotice.FILED, c, start, null));
        return c;
    }

    /**
     * Whether an actor may file a case of a procedure: a holder of one of the roles the declaration names
     * ({@link ProcedureDefinition#starters}), always of the actor's own institution, and nobody for a procedure only
     * SIGTI opens ({@link ProcedureDefinition#startedBySystemOnly}); else, for a requester's start step, any requester, the IT staff (also
     * on someone's behalf) and the people outside IT, and for a start step of a queue, its role in its unit.
     */
    public boolean mayStart(Actor actor, ProcedureDefinition def) {
        String institution = institutionOf(def);
        if (!actor.of(institution) || !org.sigti.people.Institutions.enabled(institution)) {
            return false; // another institution's manual, or one this installation does not serve
        }
        if (def.startedBySystemOnly()) {
            return false; // opened by SIGTI's calendar or a module, never by a person
        }
        Responsible who = def.start().responsible();
        if (!def.starters().isEmpty()) {
            return def.starters().stream().anyMatch(actor::has);
        }
        if (who.isRequester()) {
            return actor.has(Roles.SOLICITANTE) || actor.roles().stream().anyMatch(Roles.PERFORMERS::contains);
        }
        return actor.has(who.role()) && Objects.equals(actor.unitCode(), unitOf(institution, who.queue()));
    }

    /**
     * Opens a case by the clock or for a module (a schedule's firing, a semester's plan, an expiry alert, a failed
     * verification), called by the procedure's own entry point (the observer of the module's request) or by a
     * module that holds the procedure's code as data (a backup schedule): SIGTI completes the procedure's start step
     * in the name of whoever set the calendar ({@code onBehalfOf}, recorded on the trail) and the case waits at the
     * next step. The kernel finds the procedure's flow itself, so the start step's side effects
     * ({@link ProcedureFlow#onTransition}) always run, through {@link SystemStart}. The opened step goes to
     * {@code assignee} when that person holds its role in its unit, else it waits in the unit's queue. {@code values}
     * are recorded as the start step's fields. No mail goes to a requester: the case has none but SIGTI.
     */
    public WorkCase startBySystem(String procedureCode, String title, String description, String onBehalfOf,
            String assignee, Map<String, String> values) {
        return startBySystem(procedureCode, null, title, description, onBehalfOf, assignee, values);
    }

    /**
     * {@link #startBySystem(String, String, String, String, String, Map)} leaving the start step by the way out
     * {@code wayOut} (one the start step declares; null: its first), for a procedure whose manual has several entry
     * branches and whose module request names the branch (e.g. "notified by the office itself: go to activity 3").
     */
    public WorkCase startBySystem(String procedureCode, String wayOut, String title, String description,
            String onBehalfOf, String assignee, Map<String, String> values) {
        ProcedureFlow hook = procedures.flow(procedureCode)
                .orElseThrow(() -> new WorkflowException("workflow.procedure.unknown", String.valueOf(procedureCode)));
        return fileBySystem(hook, wayOut, title, description, onBehalfOf == null ? null
                : "calendario de " + onBehalfOf, assignee, values);
    }

    /**
     * Files a case by SIGTI (see {@link #startBySystem}); {@code by} is what its trail says SIGTI files it for (a
     * person's calendar, a parent case), or null.
     */
    private WorkCase fileBySystem(ProcedureFlow hook, String wayOut, String title, String description, String by,
            String assignee, Map<String, String> values) {
        ProcedureDefinition def = hook.definition();
        StepDefinition start = def.start();
        Instant now = now();
        NewCase draft = new NewCase(title, description, null, null, null, null, null);
        String institution = institutionOf(def);
        Actor system = SYSTEM.in(institution);
        validate(draft, system);
        WorkCase c = new WorkCase(institution, numbers.next("SOL", now.atZone(ZoneOffset.UTC).getYear()), def.code(),
                draft.title().strip(), system.username(), system.fullName(), NewCase.CHANNEL_SCHEDULE, now);
        c.describe(blankToNull(description), null, null, null, null);
        em.persist(c);
        em.flush();
        audit(c, system, "START", null, start.code(), null, by, null, now);
        Outcome first = wayOut == null ? start.outcomes().get(0) : start.outcome(wayOut).orElseThrow(
                () -> new IllegalStateException(def.code() + " start step " + start.code() + " has no way out "
                        + wayOut));
        Map<String, String> recorded = values == null ? Map.of() : values;
        systemStart.run(hook, new Transition(c.getId(), c.getNumber(), def.code(), start.code(), first.key(), by,
                recorded, system));
        recorded.forEach((name, value) -> record(c, name, value, start.code(), system, now));
        String eligible = null;
        if (assignee != null && !assignee.isBlank()) {
            StepDefinition next = def.step(first.targets().get(0)).orElseThrow();
            try {
                eligibleAssignee(assignee.strip(), next.responsible().role(), institution,
                        unitOf(institution, next.responsible().queue()));
                eligible = assignee.strip();
            } catch (WorkflowException notEligible) {
                eligible = null; // not (yet) known to SIGTI in that role and unit: the unit's queue takes it
            }
        }
        List<String> opened = follow(c, def, start, first, recorded, system, eligible, now);
        audit(c, system, "COMPLETE", start.code(), String.join(",", opened), first.key(), by, null, now);
        mail(c, def, start, first.key(), description, system, now);
        openLinked(c, start, description, now);
        settleWaits(c, now);
        return c;
    }

    /** Does one declared move on an open step. */
    public WorkCase act(Actor actor, Move move, ProcedureFlow hook) {
        WorkItem item = lockedItem(actor, move);
        WorkCase c = item.getWorkCase();
        ProcedureDefinition def = procedures.definition(item.getProcedureCode());
        StepDefinition step = def.step(item.getStepCode()).orElseThrow();
        authorize(actor, item);
        sameVersion(item, move);
        Instant now = now();
        if (isObservation(item, step)) {
            return answer(actor, move, item, c, def, step, now);
        }
        Outcome outcome = step.outcome(Objects.requireNonNullElse(move.outcome(), ""))
                .orElseThrow(() -> illegal(actor, item, move.outcome()));
        Map<String, String> values = checkedFields(step, move.fields());
        if (hook != null) {
            hook.onTransition(new Transition(c.getId(), c.getNumber(), def.code(), step.code(), outcome.key(),
                    move.comment(), values, actor));
        }
        values.forEach((name, value) -> record(c, name, value, step.code(), actor, now));
        classify(c, def, values);
        item.complete(actor.username(), outcome.key(), now);
        c.responded(now);
        List<String> opened = follow(c, def, step, outcome, values, actor, move.nextAssignee(), now);
        recordBreaches(c, now);
        String toSteps = outcome.ends() ? "END" : outcome.jumps()
                ? outcome.targetProcedure() + " " + outcome.targets().get(0) : String.join(",", opened);
        audit(c, def.code(), actor, "COMPLETE", step.code(), toSteps, outcome.key(), commentWithFields(move.comment(), step,
                values), null, now);
        mail(c, def, step, outcome.key(), move.comment(), actor, now);
        openLinked(c, step, move.comment(), now);
        settleWaits(c, now);
        resumeParent(c, now);
        ProcedureDefinition entered = procedures.definition(c.getProcedureCode());
        if (outcome.ends()) {
            notices.fire(notice(CaseNotice.CLOSED, c, step, move.comment()));
        } else if (opened.stream().anyMatch(code -> entered.step(code).orElseThrow().responsible().isRequester())) {
            StepDefinition asked = entered.step(opened.get(0)).orElseThrow();
            notices.fire(notice(CaseNotice.CONFIRM, c, asked, Objects.requireNonNullElse(solution(c, def, Map.of()),
                    Objects.requireNonNullElse(move.comment(), ""))));
        } else if (outcome.notifyRequester()) {
            String solution = solution(c, def, values);
            notices.fire(notice(CaseNotice.NOTIFIED, c, step, solution != null ? solution
                    : Objects.requireNonNullElse(move.comment(), "")));
        }
        return flushed(c, step);
    }

    /** Asks the requester for more information; the step comes back when they answer. */
    public WorkCase observe(Actor actor, Move move) {
        WorkItem item = lockedItem(actor, move);
        WorkCase c = item.getWorkCase();
        StepDefinition step = procedures.definition(item.getProcedureCode()).step(item.getStepCode()).orElseThrow();
        authorize(actor, item);
        sameVersion(item, move);
        if (!step.observable() || isObservation(item, step)) {
            throw illegal(actor, item, OBSERVE);
        }
        if (move.comment() == null || move.comment().isBlank()) {
            throw new WorkflowException("workflow.observation.required", Map.of("comment",
                    "workflow.field.required"));
        }
        Instant now = now();
        item.complete(actor.username(), OBSERVE, now);
        WorkItem ask = new WorkItem(c, step.code(), Roles.SOLICITANTE, item.getQueueCode(), item.getUnitCode(),
                c.getRequesterUsername(), now);
        em.persist(ask);
        c.responded(now);
        c.pause(now);
        c.touch(now);
        audit(c, actor, "OBSERVE", step.code(), step.code(), OBSERVE, move.comment(), null, now);
        notices.fire(notice(CaseNotice.OBSERVED, c, step, move.comment()));
        return flushed(c, step);
    }

    /** The caller takes an open step of their queue. */
    public WorkCase take(Actor actor, Move move) {
        WorkItem item = lockedItem(actor, move);
        authorize(actor, item);
        sameVersion(item, move);
        Instant now = now();
        item.assignTo(actor.username());
        item.getWorkCase().touch(now);
        audit(item.getWorkCase(), actor, "TAKE", item.getStepCode(), item.getStepCode(), null, null, null, now);
        return flushed(item.getWorkCase(), null);
    }

    /**
     * Assigns or reassigns an open step to a person of its unit who holds its role. The Jefe may do it for any
     * step, a Responsable for steps of their unit.
     */
    public WorkCase assign(Actor actor, Move move, String assignee, List<String> assigneeRoles, String assigneeUnit) {
        WorkItem item = lockedItem(actor, move);
        boolean mayAssign = actor.of(item.getInstitutionCode()) && (actor.has(Roles.JEFE)
                || actor.has(Roles.RESPONSABLE) && Objects.equals(actor.unitCode(), item.getUnitCode()));
        if (!mayAssign || Roles.SOLICITANTE.equals(item.getRoleName())
                || Responsible.SIGTI.equals(item.getRoleName())) {
            throw denied(actor, "assign", "work_item", String.valueOf(item.getId()), "may not assign "
                    + item.getCaseNumber() + " step " + item.getStepCode());
        }
        sameVersion(item, move);
        if (!assigneeRoles.contains(item.getRoleName()) || !Objects.equals(assigneeUnit, item.getUnitCode())) {
            throw new WorkflowException("workflow.assign.notEligible", assignee, item.getRoleName(),
                    String.valueOf(item.getUnitCode()));
        }
        Instant now = now();
        String action = item.getAssignee() == null ? "ASSIGN" : "REASSIGN";
        item.assignTo(assignee);
        item.getWorkCase().touch(now);
        audit(item.getWorkCase(), actor, action, item.getStepCode(), item.getStepCode(), null, "→ " + assignee,
                null, now);
        return flushed(item.getWorkCase(), null);
    }

    /** Writes a note on the case's trail without moving it (e.g. a file attached). */
    public void note(WorkCase c, Actor actor, String action, String comment, String documents) {
        Instant now = now();
        em.flush(); // a refresh must not drop what this transaction already changed
        em.refresh(c, LockModeType.PESSIMISTIC_WRITE);
        c.touch(now);
        audit(c, actor, action, null, null, null, comment, documents, now);
    }

    /** Whether an actor may act on an open step now. */
    public boolean mayAct(Actor actor, WorkItem item) {
        if (item.getStatus() != WorkItemStatus.OPEN || !actor.of(item.getInstitutionCode())) {
            return false;
        }
        if (Roles.SOLICITANTE.equals(item.getRoleName())) {
            return actor.username().equals(item.getAssignee());
        }
        return actor.has(item.getRoleName()) && Objects.equals(actor.unitCode(), item.getUnitCode())
                && (item.getAssignee() == null || item.getAssignee().equals(actor.username()));
    }

    private void authorize(Actor actor, WorkItem item) {
        if (!mayAct(actor, item)) {
            throw denied(actor, "act", "work_item", String.valueOf(item.getId()), "may not act on "
                    + item.getCaseNumber() + " step " + item.getStepCode() + " (" + item.getRoleName() + " "
                    + item.getUnitCode() + (item.getAssignee() == null ? "" : ", assigned to " + item.getAssignee())
                    + ")");
        }
    }

    /** Records the refusal in its own transaction (it survives the rollback) and returns the exception to throw. */
    private Denied denied(Actor actor, String action, String objectType, String objectId, String detail) {
        securityEvents.refused(org.sigti.security.SecurityEventKind.ACCESS_DENIED, actor.username(), actor.roles(),
                actor.unitCode(), "Workflow." + action, objectType, objectId, detail);
        return new Denied(detail);
    }

    private IllegalMove illegal(Actor actor, WorkItem item, String outcome) {
        IllegalMove e = new IllegalMove(item.getCaseNumber(), item.getStepCode(), outcome);
        securityEvents.refused(org.sigti.security.SecurityEventKind.ILLEGAL_TRANSITION, actor.username(),
                actor.roles(), actor.unitCode(), "Workflow.act " + outcome, "work_item", String.valueOf(item.getId()),
                e.getMessage());
        return e;
    }

    private WorkCase answer(Actor actor, Move move, WorkItem item, WorkCase c, ProcedureDefinition def,
            StepDefinition step, Instant now) {
        if (!ANSWER.equals(move.outcome())) {
            throw illegal(actor, item, move.outcome());
        }
        if (move.comment() == null || move.comment().isBlank()) {
            throw new WorkflowException("workflow.answer.required", Map.of("comment", "workflow.field.required"));
        }
        item.complete(actor.username(), ANSWER, now);
        String observer = em.createQuery("select w.completedBy from WorkItem w where w.workCase = :c"
                + " and w.outcome = :observe order by w.completedAt desc, w.id desc", String.class)
                .setParameter("c", c).setParameter("observe", OBSERVE).setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
        WorkItem back = new WorkItem(c, step.code(), step.responsible().role(), item.getQueueCode(),
                item.getUnitCode(), observer, now);
        em.persist(back);
        resumeClock(c, now);
        c.touch(now);
        audit(c, actor, "ANSWER", step.code(), step.code(), ANSWER, move.comment(), null, now);
        return flushed(c, step);
    }

    private static boolean isObservation(WorkItem item, StepDefinition step) {
        return Roles.SOLICITANTE.equals(item.getRoleName()) && !step.responsible().isRequester();
    }

    /** Opens the steps an outcome leads to and returns their codes; closes the case at an END. */
    private List<String> follow(WorkCase c, ProcedureDefinition def, StepDefinition from, Outcome outcome,
            Map<String, String> values, Actor actor, String nextAssignee, Instant now) {
        if (outcome.ends()) {
            openItems(c).forEach(open -> open.cancel(now));
            c.close(outcome.closeOutcome(), now);
            resumeClock(c, now);
            return List.of();
        }
        ProcedureDefinition target = def;
        if (outcome.jumps()) {
            target = procedures.definition(outcome.targetProcedure());
            c.enterProcedure(target.code(), now);
        }
        List<String> opened = new ArrayList<>();
        for (String code : outcome.targets()) {
            StepDefinition next = target.step(code).orElseThrow();
            if (next.join() && !openItems(c).isEmpty()) {
                continue; // the last branch to arrive opens the join step
            }
            opened.add(code);
            em.persist(itemFor(c, next, from, values, actor, nextAssignee, now));
        }
        ProcedureDefinition entered = target;
        if (opened.stream().map(code -> entered.step(code).orElseThrow()).anyMatch(s -> s.responsible().isRequester())) {
            c.pause(now);
        } else {
            resumeClock(c, now);
        }
        c.touch(now);
        return opened;
    }

    private WorkItem itemFor(WorkCase c, StepDefinition next, StepDefinition from, Map<String, String> values,
            Actor actor, String nextAssignee, Instant now) {
        Responsible who = next.responsible();
        if (next.awaits().isPresent()) {
            // nobody acts on it: no person holds the role, no queue or unit shows it; SIGTI completes it
            return new WorkItem(c, next.code(), Responsible.SIGTI, null, null, null, now);
        }
        if (who.isRequester()) {
            return new WorkItem(c, next.code(), Roles.SOLICITANTE, null, null, c.getRequesterUsername(), now);
        }
        String queue = who.queue();
        if (who.queueField() != null) {
            queue = values.containsKey(who.queueField()) ? values.get(who.queueField())
                    : recorded(c, who.queueField());
            if (queue == null || !who.queueChoices().isEmpty() && !who.queueChoices().contains(queue)) {
                throw new WorkflowException("workflow.field.choice", Map.of(who.queueField(),
                        "workflow.field.choice"));
            }
        }
        String unit = unitOf(c.getInstitutionCode(), queue);
        String assignee = null;
        if (nextAssignee != null && !nextAssignee.isBlank()) {
            assignee = eligibleAssignee(nextAssignee.strip(), who.role(), c.getInstitutionCode(), unit);
        } else if (actor.has(who.role()) && Objects.equals(actor.unitCode(), unit)
                && !Roles.RESPONSABLE.equals(who.role()) && !Roles.JEFE.equals(who.role())) {
            assignee = actor.username(); // the same performer keeps the case through consecutive steps
        } else {
            assignee = previousHandler(c, who.role(), unit); // a case comes back to whoever had it in that unit
        }
        return new WorkItem(c, next.code(), who.role(), queue, unit, assignee, now);
    }

    private String previousHandler(WorkCase c, String role, String unit) {
        if (Roles.RESPONSABLE.equals(role) || Roles.JEFE.equals(role)) {
            return null;
        }
        return em.createQuery("select w.completedBy from WorkItem w where w.workCase = :c and w.roleName = :role"
                + " and w.unitCode = :unit and w.status = :done order by w.completedAt desc, w.id desc",
                String.class).setParameter("c", c).setParameter("role", role).setParameter("unit", unit)
                .setParameter("done", WorkItemStatus.DONE).setMaxResults(1).getResultStream().findFirst()
                .orElse(null);
    }

    private String recorded(WorkCase c, String name) {
        return em.createQuery("select f.value from CaseField f where f.caseId = :c and f.name = :n", String.class)
                .setParameter("c", c.getId()).setParameter("n", name).getResultStream().findFirst().orElse(null);
    }

    private String eligibleAssignee(String username, String role, String institution, String unit) {
        List<Object[]> profile = em.createQuery("select p.roles, u.code, u.institutionCode from UserProfile p"
                + " left join p.unit u where p.username = :u", Object[].class).setParameter("u", username)
                .getResultList();
        boolean eligible = !profile.isEmpty() && List.of(((String) profile.get(0)[0]).split(",")).contains(role)
                && Objects.equals(profile.get(0)[1], unit) && Objects.equals(profile.get(0)[2], institution);
        if (!eligible) {
            throw new WorkflowException("workflow.assign.notEligible", username, role, String.valueOf(unit));
        }
        return username;
    }

    /** The unit that serves a queue in an institution; a queue not bound is served by the unit of its code. */
    public String unitOf(String institution, String queue) {
        if (queue == null) {
            return null;
        }
        WorkQueue bound = em.find(WorkQueue.class, new WorkQueue.Key(institution, queue));
        return bound == null ? queue : bound.getUnitCode();
    }

    /**
     * The institution whose manual a procedure belongs to, as its declaration names it. A read, asked outside a
     * transaction too (a calendar's "run now", which opens each case in its own).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String institutionOf(ProcedureDefinition def) {
        return institutions.codeOfCatalogName(def.institution()).orElseThrow(() -> new IllegalStateException(
                def.code() + " names an institution SIGTI does not know: " + def.institution()));
    }

    /** The steps of a case that wait, in the order they opened. */
    List<WorkItem> openItems(WorkCase c) {
        return em.createQuery("select w from WorkItem w where w.workCase = :c and w.status = :open order by w.id",
                WorkItem.class).setParameter("c", c).setParameter("open", WorkItemStatus.OPEN).getResultList();
    }

    /** Whether an actor may attach a file to a case: its requester, or whoever may act on one of its open steps. */
    public boolean mayAttach(WorkCase c, Actor actor) {
        return c.getStatus() == CaseStatus.OPEN && (c.getRequesterUsername().equals(actor.username())
                || openItems(c).stream().anyMatch(item -> mayAct(actor, item)));
    }

    private WorkItem lockedItem(Actor actor, Move move) {
        WorkItem item = em.find(WorkItem.class, move.itemId());
        if (item == null) {
            throw denied(actor, "act", "work_item", String.valueOf(move.itemId()), "no such step");
        }
        try {
            // re-read under the row lock: whatever another move committed meanwhile is what this one sees
            em.refresh(item.getWorkCase(), LockModeType.PESSIMISTIC_WRITE);
        } catch (jakarta.persistence.PessimisticLockException | jakarta.persistence.LockTimeoutException busy) {
            // someone else holds the case for longer than the lock timeout: the same answer as losing the race
            throw new ConcurrentActionException(item.getCaseNumber(), item.getStepCode());
        }
        em.refresh(item);
        if (item.getStatus() != WorkItemStatus.OPEN) {
            throw new ConcurrentActionException(item.getCaseNumber(), item.getStepCode());
        }
        return item;
    }

    /** The step changed since the page showed it (taken, assigned): the caller acts on what they saw, or not at all. */
    private static void sameVersion(WorkItem item, Move move) {
        if (item.getVersion() != move.expectedVersion()) {
            throw new ConcurrentActionException(item.getCaseNumber(), item.getStepCode());
        }
    }

    private Map<String, String> checkedFields(StepDefinition step, Map<String, String> given) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> problems = new LinkedHashMap<>();
        for (FieldDefinition field : step.fields()) {
            String value = given.get(field.name());
            value = value == null ? null : value.strip();
            field.problemWith(value).ifPresentOrElse(p -> problems.put(field.name(), p), () -> {
            });
            if (value != null && !value.isEmpty()) {
                values.put(field.name(), value);
            }
        }
        if (!problems.isEmpty()) {
            throw new WorkflowException("workflow.input.invalid", problems);
        }
        return values;
    }

    private void record(WorkCase c, String name, String value, String step, Actor actor, Instant now) {
        CaseField field = em.createQuery("select f from CaseField f where f.caseId = :c and f.name = :n",
                CaseField.class).setParameter("c", c.getId()).setParameter("n", name).getResultStream().findFirst()
                .orElse(null);
        if (field == null) {
            // Hibernate writes the insert with the state at persist(): the value (NOT NULL) must be set first
            field = new CaseField(c.getId(), name);
            field.record(value, step, actor.username(), now);
            em.persist(field);
        } else {
            field.record(value, step, actor.username(), now);
        }
    }

    /**
     * ⇲ The case the completed step declares ({@code opensCase}): SIGTI files it as {@link #startBySystem} does (its
     * start step's side effects run; its next step waits in its unit's queue), titled after the step and this case,
     * described by the comment the step was completed with, and links it to this case under the declared key. Both
     * trails record the link, by SIGTI.
     */
    private void openLinked(WorkCase parent, StepDefinition step, String comment, Instant now) {
        if (step.opens().isEmpty()) {
            return;
        }
        org.sigti.workflow.flow.ChildCase declared = step.opensCase();
        ProcedureFlow hook = procedures.flow(declared.procedure()).orElseThrow(() -> new WorkflowException(
                "workflow.procedure.unknown", declared.procedure()));
        String title = clip(step.title().es() + " — N° " + parent.getNumber() + ": " + parent.getTitle(),
                WorkCase.TITLE_MAXLENGTH);
        String about = "Caso N° " + parent.getNumber() + " (" + parent.getProcedureCode() + "), paso " + step.code()
                + ": " + step.title().es();
        String description = clip(comment == null || comment.isBlank() ? about : about + "\n" + comment.strip(),
                WorkCase.DESCRIPTION_MAXLENGTH);
        WorkCase child = fileBySystem(hook, null, title, description, "N° " + parent.getNumber() + " paso "
                + step.code(), null, Map.of());
        em.persist(new CaseLink(parent.getId(), step.code(), declared.key(), child.getId(), now));
        Actor system = SYSTEM.in(parent.getInstitutionCode());
        String name = hook.definition().name().es();
        audit(parent, system, "LINK", step.code(), null, null, name + " N° " + child.getNumber()
                + " abierto", null, now);
        audit(child, system, "LINK", null, null, null, "Vinculado a N° " + parent.getNumber() + " paso "
                + step.code(), null, now);
    }

    /**
     * The waiting steps of {@code c} ({@code awaitsCase}) whose linked case got where they wait: SIGTI completes each,
     * by its only way out, and the case goes on (possibly to another wait, settled in turn). Runs under the case's
     * row lock, and re-reads each step under it, so a step is completed once whoever gets here first.
     */
    private void settleWaits(WorkCase c, Instant now) {
        for (boolean moved = true; moved && c.getStatus() == CaseStatus.OPEN;) {
            moved = false;
            for (WorkItem item : openItems(c)) {
                ProcedureDefinition def = procedures.definition(item.getProcedureCode());
                StepDefinition step = def.step(item.getStepCode()).orElseThrow();
                if (step.awaits().isEmpty()) {
                    continue;
                }
                em.refresh(item); // what another move committed before this one took the lock
                if (item.getStatus() != WorkItemStatus.OPEN) {
                    continue;
                }
                CaseLink link = links.newest(c.getId(), step.awaitsCase().key()).orElse(null);
                if (link != null && links.reached(link, step.awaitsCase())) {
                    completeWait(c, def, step, item, link, now);
                    moved = true;
                    break; // the open steps changed: read them again
                }
            }
        }
    }

    private void completeWait(WorkCase c, ProcedureDefinition def, StepDefinition step, WorkItem item, CaseLink link,
            Instant now) {
        Actor system = SYSTEM.in(c.getInstitutionCode());
        WorkCase child = em.find(WorkCase.class, link.getChildCaseId());
        ProcedureDefinition childDef = procedures.definition(child.getProcedureCode());
        String why = childDef.name().es() + " N° " + child.getNumber() + (child.getStatus() == CaseStatus.CLOSED
                ? " cerrado" : " en el paso " + step.awaitsCase().childStep() + " completado");
        Outcome only = step.outcomes().get(0);
        ProcedureFlow hook = procedures.flow(def.code()).orElseThrow();
        systemStart.run(hook, new Transition(c.getId(), c.getNumber(), def.code(), step.code(), only.key(), why,
                Map.of(), system));
        item.complete(system.username(), only.key(), now);
        List<String> opened = follow(c, def, step, only, Map.of(), system, null, now);
        String toSteps = only.ends() ? "END" : only.jumps() ? only.targetProcedure() + " " + only.targets().get(0)
                : String.join(",", opened);
        audit(c, def.code(), system, "COMPLETE", step.code(), toSteps, only.key(), why, null, now);
        mail(c, def, step, only.key(), why, system, now);
        openLinked(c, step, why, now);
        if (only.ends()) {
            notices.fire(notice(CaseNotice.CLOSED, c, step, why));
        }
    }

    /**
     * After a move on a linked case: a closed case closes its link, and the parent case, locked, goes on from the
     * steps that wait on it ({@link #settleWaits}); a parent that closes so is itself a linked case, perhaps.
     */
    private void resumeParent(WorkCase child, Instant now) {
        CaseLink link = links.parentOf(child.getId()).orElse(null);
        if (link == null) {
            return;
        }
        if (child.getStatus() == CaseStatus.CLOSED) {
            link.close(now);
        }
        WorkCase parent = em.find(WorkCase.class, link.getParentCaseId());
        try {
            em.flush(); // a refresh must not drop what this transaction already changed
            em.refresh(parent, LockModeType.PESSIMISTIC_WRITE);
        } catch (jakarta.persistence.PessimisticLockException | jakarta.persistence.LockTimeoutException busy) {
            throw new ConcurrentActionException(child.getNumber(), "");
        }
        if (parent.getStatus() != CaseStatus.OPEN) {
            return;
        }
        settleWaits(parent, now);
        if (parent.getStatus() == CaseStatus.CLOSED) {
            resumeParent(parent, now);
        }
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** Ends a wait on the requester: the due instants move by the business time the case waited. */
    private void resumeClock(WorkCase c, Instant now) {
        Instant since = c.resume();
        if (since == null || c.getResolutionDue() == null) {
            return;
        }
        org.sigti.sla.BusinessCalendar calendar = serviceLevels.calendar(c.getInstitutionCode());
        c.plan(c.getRespondedAt() == null ? org.sigti.sla.ServiceClock.shift(calendar, c.getResponseDue(), since, now)
                : c.getResponseDue(), org.sigti.sla.ServiceClock.shift(calendar, c.getResolutionDue(), since, now));
    }

    /**
     * Records the breaches of an open case's clocks as of now: the response (no IT action before its due instant) and
     * the resolution (open past its due instant, not waiting on the requester). Each breach is recorded once, as a
     * flag on the case and a BREACH record in its trail. Returns whether anything was recorded.
     */
    public boolean recordBreaches(WorkCase c, Instant now) {
        boolean recorded = false;
        if (!c.isResponseBreached() && c.getResponseDue() != null && (c.getRespondedAt() == null
                ? now.isAfter(c.getResponseDue()) && c.getPausedSince() == null
                : c.getRespondedAt().isAfter(c.getResponseDue()))) {
            c.breachResponse();
            audit(c, SYSTEM, "BREACH", null, null, "respuesta", "Plazo de respuesta vencido el "
                    + c.getResponseDue(), null, now);
            recorded = true;
        }
        Instant end = c.getClosedAt() != null ? c.getClosedAt() : now;
        if (!c.isResolutionBreached() && c.getResolutionDue() != null && c.getPausedSince() == null
                && end.isAfter(c.getResolutionDue())) {
            c.breachResolution();
            audit(c, SYSTEM, "BREACH", null, null, "resolucion", "Plazo de resolución vencido el "
                    + c.getResolutionDue(), null, now);
            recorded = true;
        }
        return recorded;
    }

    /**
     * The clock's sweep: locks and records the breaches of up to {@code max} open cases whose due instants passed.
     * Returns how many cases got a breach recorded.
     */
    public int sweepBreaches(Instant now, int max) {
        List<Long> due = em.createQuery("select c.id from WorkCase c where c.status = :open and c.pausedSince is null"
                + " and ((c.resolutionDue < :now and c.resolutionBreached = false) or (c.responseDue < :now"
                + " and c.respondedAt is null and c.responseBreached = false)) order by c.id", Long.class)
                .setParameter("open", CaseStatus.OPEN).setParameter("now", now).setMaxResults(max).getResultList();
        int count = 0;
        for (Long id : due) {
            WorkCase c = em.find(WorkCase.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (c.getStatus() == CaseStatus.OPEN && recordBreaches(c, now)) {
                count++;
            }
        }
        return count;
    }

    /** The solution the procedure declares ({@code solutionIn}): recorded by this move, or before. */
    private String solution(WorkCase c, ProcedureDefinition def, Map<String, String> values) {
        return def.solutionField().map(f -> values.containsKey(f.name()) ? values.get(f.name())
                : recorded(c, f.name())).orElse(null);
    }

    /** Impact × urgency → priority (ITIL matrix), on the case and its waiting steps. */
    private void classify(WorkCase c, ProcedureDefinition def, Map<String, String> values) {
        if (def.priorityFields().isEmpty()) {
            return;
        }
        String impact = values.get(def.priorityFields().get(0).name());
        String urgency = values.get(def.priorityFields().get(1).name());
        if (impact == null || urgency == null) {
            return;
        }
        org.sigti.sla.Priority level = org.sigti.sla.Priority.of(org.sigti.sla.Impact.valueOf(impact),
                org.sigti.sla.Urgency.valueOf(urgency));
        String priority = level.name();
        c.classify(impact, urgency, priority);
        openItems(c).forEach(open -> open.reprioritize(priority));
        // the clocks run from the filing, in the business time of the case's institution (its zone, hours and
        // holidays); a reclassification restarts them from the filing too
        org.sigti.sla.SlaTargets targets = serviceLevels.targets().get(level);
        org.sigti.sla.BusinessCalendar calendar = serviceLevels.calendar(c.getInstitutionCode());
        c.plan(calendar.addBusinessTime(c.getOpenedAt(), targets.response()),
                calendar.addBusinessTime(c.getOpenedAt(), targets.resolution()));
    }

    private static String commentWithFields(String comment, StepDefinition step, Map<String, String> values) {
        String fields = values.entrySet().stream()
                .map(e -> step.field(e.getKey()).map(f -> f.label().es()).orElse(e.getKey()) + ": " + e.getValue())
                .collect(Collectors.joining("\n"));
        String all = comment == null || comment.isBlank() ? fields : fields.isEmpty() ? comment
                : comment + "\n" + fields;
        all = all.isBlank() ? null : all;
        return all != null && all.length() > CaseEvent.COMMENT_MAXLENGTH
                ? all.substring(0, CaseEvent.COMMENT_MAXLENGTH) : all;
    }

    private void audit(WorkCase c, Actor actor, String action, String from, String to, String outcome,
            String comment, String documents, Instant now) {
        audit(c, c.getProcedureCode(), actor, action, from, to, outcome, comment, documents, now);
    }

    private void audit(WorkCase c, String procedureCode, Actor actor, String action, String from, String to,
            String outcome, String comment, String documents, Instant now) {
        CaseEvent event = new CaseEvent(c.getId(), c.getAuditCount() + 1, new CaseEvent.Entry(now,
                actor.username(), actor.rolesText(), actor.unitCode(), action, procedureCode, from, to,
                outcome, comment, documents), c.getAuditHead(), AuditKey.installed());
        em.persist(event);
        c.chain(event.getHash());
        ledgers.enter(TrailLedgers.CASE_EVENT, c.getInstitutionCode(), event.getId(), event.getHash());
    }

    private WorkCase flushed(WorkCase c, StepDefinition step) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentActionException(c.getNumber(), step == null ? "" : step.code());
        }
        return c;
    }

    /**
     * Queues the mails the completed step declares (after the procedure's side effects and the step's record); a
     * recipient without an address leaves a MAIL note on the trail instead of undoing the move.
     */
    private void mail(WorkCase c, ProcedureDefinition def, StepDefinition step, String outcome, String comment,
            Actor actor, Instant now) {
        notifications.send(c, def, step, outcome, comment, q -> unitOf(c.getInstitutionCode(), q)).forEach(note -> audit(c, def.code(), actor,
                "MAIL", step.code(), null, outcome, note, null, now));
    }

    private CaseNotice notice(String template, WorkCase c, StepDefinition step, String comment) {
        return new CaseNotice(template, c.getContactEmail(), c.getRequesterName(), c.getId(), c.getNumber(),
                c.getTitle(), c.getProcedureCode(), step.code(), step.title().es(), comment,
                em.find(org.sigti.unit.Institution.class, c.getInstitutionCode()).getName());
    }

    private static void validate(NewCase draft, Actor actor) {
        Map<String, String> problems = new LinkedHashMap<>();
        String title = draft.title() == null ? "" : draft.title().strip();
        if (title.length() < 5) {
            problems.put("title", "workflow.title.short");
        } else if (title.length() > WorkCase.TITLE_MAXLENGTH) {
            problems.put("title", "workflow.field.tooLong");
        }
        if (draft.description() != null && draft.description().length() > WorkCase.DESCRIPTION_MAXLENGTH) {
            problems.put("description", "workflow.field.tooLong");
        }
        if (draft.channel() != null && !NewCase.CHANNELS.contains(draft.channel())) {
            problems.put("channel", "workflow.field.choice");
        }
        boolean onBehalf = draft.onBehalfName() != null && !draft.onBehalfName().isBlank();
        if (onBehalf && !actor.isItStaff()) {
            problems.put("onBehalfName", "workflow.onBehalf.itOnly");
        }
        String email = blankToNull(draft.contactEmail());
        if (email != null && (email.length() > 254 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            problems.put("contactEmail", "workflow.email.invalid");
        }
        if (draft.contactPhone() != null && draft.contactPhone().length() > 40) {
            problems.put("contactPhone", "workflow.field.tooLong");
        }
        if (!problems.isEmpty()) {
            throw new WorkflowException("workflow.input.invalid", problems);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** A move the procedure does not declare from where the case stands. */
    public static final class IllegalMove extends RuntimeException {
        private static final long serialVersionUID = 1L;

        IllegalMove(String caseNumber, String step, String outcome) {
            super("case " + caseNumber + " step " + step + " has no way out '" + outcome + "'");
        }
    }
}
