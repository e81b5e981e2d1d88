package org.sigti.procedure.deployment;

import java.util.List;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.sigti.security.AccessDeniedException;
import org.sigti.security.Roles;
import org.sigti.security.SecurityEventKind;
import org.sigti.security.SecurityEvents;
import org.sigti.vault.SecretVault;
import org.sigti.workflow.Actor;
import org.sigti.workflow.CaseAccess;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.CaseRef;
import org.sigti.workflow.CaseStatus;
import org.sigti.workflow.Callers;
import org.sigti.workflow.NewCase;
import org.sigti.workflow.Upload;
import org.sigti.workflow.WorkCase;
import org.sigti.workflow.WorkItem;
import org.sigti.workflow.WorkItemStatus;
import org.sigti.workflow.Workflow;
import org.sigti.workflow.WorkflowException;

/**
 * The credentials of UIT/ASS-PR01's step 1 ("tokens, llaves de acceso, credenciales y otros necesarios para la puesta
 * a producción", and those of an update of PR02): the requester hands them to the case, where the vault keeps them
 * encrypted ({@link SecretVault}); they are shown only to the Profesional de Servidores y Servicios the case is
 * assigned to, while that person holds its step 4 or 6 (the steps that use them), and each reading is recorded (a
 * SECRET_READ security event and a line on the case's trail, without the value). Anyone else asking for them (another
 * Técnico of the UIT, the Jefe, the Responsable, the Auditor, the requester once they handed them) gets the 403 page
 * and an ACCESS_DENIED security event. The requester hands them while the case is open and before the conclusion is
 * reviewed (steps 2 to 6): with the Nota itself ({@link #file}, the manual's step 1, "Nota con tokens, llaves de
 * acceso, credenciales y otros necesarios"), on the case page while the case is routed, and after an observation
 * (step 5).
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE, Roles.AUDITOR})
public class DeploymentCredentials {

    /** The procedures whose requester hands credentials. */
    static final Set<String> PROCEDURES = Set.of(UitAssPr01.CODE, UitAssPr02.CODE);
    /** The Profesional's steps that use them: receiving and starting (4), deploying or updating (6). */
    static final Set<String> READING_STEPS = Set.of("4", "6");
    /** The steps while which the requester may still hand them. */
    static final Set<String> HANDING_STEPS = Set.of("2", "3", "4", "5", "6");
    private static final String TRAIL_ACTION = "SECRET";

    /** A credential typed on the filing form: what it is ("Token del servidor de base de datos") and its value. */
    public record Handed(String label, String value) {

        @Override
        public String toString() {
            return "Handed[label=" + label + ", value=(hidden)]";
        }
    }

    /** What the case page shows of a case's credentials, and what the caller may do with them. */
    public record View(boolean applies, List<SecretVault.Held> held, boolean mayHand, boolean mayRead) {
    }

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @EJB
    SecretVault vault;

    @EJB
    Workflow workflow;

    @EJB
    SecurityEvents securityEvents;

    @Inject
    CaseEngine engine;

    @Inject
    CaseAccess access;

    /** Whether the procedure's Nota carries credentials: the filing form offers their fields. */
    public boolean takesCredentials(String procedureCode) {
        return PROCEDURES.contains(procedureCode);
    }

    /**
     * Step 1 as the manual writes it: the requesting unit files its Nota together with the credentials the deployment
     * needs. One transaction: a credential refused (blank, too long, no vault key) files nothing.
     *
     * @throws WorkflowException {@code workflow.procedure.unknown} for a procedure without credentials, the filing's
     *                           own refusals, or {@code vault.value.invalid}
     */
    public CaseRef file(String procedureCode, NewCase draft, List<Upload> files, List<Handed> handed) {
        if (!takesCredentials(procedureCode)) {
            throw new WorkflowException("workflow.procedure.unknown", String.valueOf(procedureCode));
        }
        CaseRef ref = workflow.start(procedureCode, draft, files);
        for (Handed h : handed) {
            hand(ref.id(), h.label(), h.value());
        }
        return ref;
    }

    /** The case page's view: nothing for a case of another procedure or one the caller may not read. */
    public View view(long caseId) {
        WorkCase c = em.find(WorkCase.class, caseId);
        Actor actor = Callers.actor(context, em);
        if (c == null || !PROCEDURES.contains(c.getProcedureCode()) || !access.mayRead(c, actor)) {
            return new View(false, List.of(), false, false);
        }
        return new View(true, vault.held(caseId), mayHand(c, actor), reader(c, actor) != null);
    }

    /** How many credentials the case holds (read by step 4's check). */
    public int count(long caseId) {
        return vault.held(caseId).size();
    }

    /**
     * The requester hands a credential: sealed by the vault, named on the trail by its label only.
     *
     * @throws AccessDeniedException (after a security event) when the caller is not the case's requester or the case
     *                               no longer takes credentials
     */
    public void hand(long caseId, String label, String value) {
        Actor actor = Callers.actor(context, em);
        WorkCase c = lockedCase(caseId, actor, "hand");
        if (!mayHand(c, actor)) {
            throw denied(actor, "hand", caseId, "not the requester of " + c.getNumber() + " while it takes"
                    + " credentials");
        }
        vault.deposit(c.getInstitutionCode(), caseId, label, value, actor.username());
        engine.note(c, actor, TRAIL_ACTION, "Credencial entregada y guardada cifrada: " + label.strip(), null);
    }

    /**
     * The credentials, opened for the Profesional assigned to the case's open step 4 or 6; the reading is recorded.
     *
     * @throws AccessDeniedException (after a security event) for anyone else
     */
    public List<SecretVault.Opened> read(long caseId) {
        Actor actor = Callers.actor(context, em);
        WorkCase c = lockedCase(caseId, actor, "read");
        WorkItem step = reader(c, actor);
        if (step == null) {
            throw denied(actor, "read", caseId, "not the Profesional assigned to step 4 or 6 of " + c.getNumber());
        }
        List<SecretVault.Opened> opened = vault.open(caseId, "Profesional asignado al paso " + step.getStepCode()
                + " del caso " + c.getNumber());
        engine.note(c, actor, TRAIL_ACTION, "Credenciales consultadas por el Profesional asignado (paso "
                + step.getStepCode() + ")", null);
        return opened;
    }

    private WorkCase lockedCase(long caseId, Actor actor, String action) {
        WorkCase c = em.find(WorkCase.class, caseId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null || !PROCEDURES.contains(c.getProcedureCode())) {
            throw denied(actor, action, caseId, "no case with credentials");
        }
        return c;
    }

    private boolean mayHand(WorkCase c, Actor actor) {
        return c.getStatus() == CaseStatus.OPEN && c.getRequesterUsername().equals(actor.username())
                && openSteps(c).stream().anyMatch(w -> HANDING_STEPS.contains(w.getStepCode()));
    }

    /** The open step 4 or 6 of the case assigned to the caller as its Técnico of the UIT, if any. */
    private WorkItem reader(WorkCase c, Actor actor) {
        if (c.getStatus() != CaseStatus.OPEN || !actor.has(Roles.TECNICO) || !actor.of(c.getInstitutionCode())) {
            return null;
        }
        return openSteps(c).stream().filter(w -> READING_STEPS.contains(w.getStepCode())
                && Roles.TECNICO.equals(w.getRoleName()) && actor.username().equals(w.getAssignee())
                && w.getUnitCode() != null && w.getUnitCode().equals(actor.unitCode())).findFirst().orElse(null);
    }

    private List<WorkItem> openSteps(WorkCase c) {
        return em.createQuery("select w from WorkItem w where w.workCase = :c and w.status = :open", WorkItem.class)
                .setParameter("c", c).setParameter("open", WorkItemStatus.OPEN).getResultList();
    }

    private AccessDeniedException denied(Actor actor, String action, long caseId, String detail) {
        securityEvents.refused(SecurityEventKind.ACCESS_DENIED, actor.username(), actor.roles(), actor.unitCode(),
                "DeploymentCredentials." + action, "work_case", String.valueOf(caseId), detail);
        return new AccessDeniedException(detail);
    }
}
